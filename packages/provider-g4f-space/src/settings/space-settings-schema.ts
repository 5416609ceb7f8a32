import { z } from 'zod';

/** The key of the shared settings section: `config.providers.HuggingFace`. */
export const SPACE_SETTINGS_KEY = 'HuggingFace';

const httpUrl = z.url({ protocol: /^https?$/, error: 'Expected an http or https URL' });

/**
 * Settings shared by every Hugging Face Space provider, read from
 * `config.providers.HuggingFace`. Strict: a misspelt key is an error naming it.
 */
export const spaceSettingsSchema = z.strictObject({
  /**
   * Serve every host under this base as `<mirrorUrl>/<host>`, the layout of
   * the g4f-kit emulator: `<mirrorUrl>/huggingface.co`,
   * `<mirrorUrl>/roxky-flux-1-dev.hf.space`, … `huggingFaceUrl` and
   * `spaceUrls` still win for the hosts they name.
   */
  mirrorUrl: httpUrl.optional(),
  /** Instead of `https://huggingface.co` (Space pages, ZeroGPU jwt). May carry a path prefix. */
  huggingFaceUrl: httpUrl.optional(),
  /** Instead of a Space's `https://<owner>-<name>.hf.space`, by Space id (e.g. `roxky/FLUX.1-dev`). */
  spaceUrls: z
    .record(z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'Expected a Space id like "owner/name"'), httpUrl)
    .optional(),
  /** A Hugging Face access token (`hf_…`); env `HF_TOKEN` when absent. Gets real ZeroGPU tokens. */
  hfToken: z.string().min(1).optional(),
  /** huggingface.co cookies, as a `Cookie` header value or a name → value map. */
  cookies: z.union([z.string().min(1), z.record(z.string().min(1), z.string())]).optional(),
  /** How long a ZeroGPU token without a readable expiry is reused. */
  tokenTtlMs: z.number().int().positive().default(600_000),
  /** A token is renewed this long before it expires (at most half its lifetime). */
  tokenExpiryMarginMs: z.number().int().min(0).default(30_000),
  /** Longest silence on a Gradio event stream (Gradio sends a heartbeat every 15 s). */
  idleTimeoutMs: z.number().int().positive().default(60_000),
  /** Cadence of flux-schnell's "Generating X.XXs" status. */
  progressIntervalMs: z.number().int().positive().default(200),
});

export type SpaceSettingsInput = z.input<typeof spaceSettingsSchema>;
