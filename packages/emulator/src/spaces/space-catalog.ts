/**
 * What a Space runs:
 * - `flux-dev`: FLUX.1-dev on the Gradio queue (fn 2 / trigger 4), streaming previews;
 * - `janus`: Janus-Pro-7B on the Gradio queue (chat fn 2 / trigger 10, images fn 3 / trigger 20);
 * - `g4f-flux`: g4f's flux-schnell Space on the legacy `/run/predict` route.
 */
export type SpaceKind = 'flux-dev' | 'janus' | 'g4f-flux';

/** The Spaces the emulator serves, by Hugging Face id. */
export const SPACES = {
  'roxky/FLUX.1-dev': 'flux-dev',
  'black-forest-labs/FLUX.1-dev': 'flux-dev',
  'roxky/Janus-Pro-7B': 'janus',
  'deepseek-ai/Janus-Pro-7B': 'janus',
  'roxky/G4F-flux': 'g4f-flux',
} as const satisfies Record<string, SpaceKind>;

export type SpaceId = keyof typeof SPACES;

export interface SpaceInfo {
  readonly id: SpaceId;
  readonly kind: SpaceKind;
  /** The Space's own host, e.g. `roxky-flux-1-dev.hf.space`. */
  readonly host: string;
}

/** Hugging Face's rule for a Space's subdomain: `owner-name`, lowercased, `.` and `_` as `-`. */
export function spaceHost(id: string): string {
  return `${id.toLowerCase().replace(/[/._]/g, '-')}.hf.space`;
}

export const SPACE_LIST: readonly SpaceInfo[] = (Object.entries(SPACES) as Array<[SpaceId, SpaceKind]>).map(
  ([id, kind]) => ({
    id,
    kind,
    host: spaceHost(id),
  }),
);

/** The Space with this id (case-insensitive, as on huggingface.co). */
export function findSpaceById(id: string): SpaceInfo | undefined {
  const wanted = id.toLowerCase();
  return SPACE_LIST.find((space) => space.id.toLowerCase() === wanted);
}

export function findSpaceByHost(host: string): SpaceInfo | undefined {
  const wanted = host.toLowerCase();
  return SPACE_LIST.find((space) => space.host === wanted);
}
