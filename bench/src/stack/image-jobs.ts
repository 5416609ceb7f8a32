import type { Client, ImageGenerateParams, ImagesResponse } from '@g4f-kit/core';

/** The generation paths the bench drives, as a caller names them. */
export const IMAGE_PATHS = {
  arta: { provider: 'ARTA', model: 'flux' },
  fluxDev: { provider: 'G4F', model: 'flux' },
  janusImage: { provider: 'G4F', model: 'janus-pro-7b-image' },
  fluxSchnell: { provider: 'G4F', model: 'flux-schnell' },
} as const;

export type ImagePath = keyof typeof IMAGE_PATHS;

/** Small sizes keep the emulator's PNG encoding out of the measurement. */
const SIZE: Partial<ImageGenerateParams> = { width: 64, height: 64 };

/**
 * One image through `client.images.generate`, answered as the provider's URL
 * (no download: the upstream calls are the generation's own). `onImage`
 * fires when the ImageResponse chunk reaches the caller.
 */
export function generateImage(
  client: Client,
  path: ImagePath,
  prompt: string,
  onImage?: () => void,
): Promise<ImagesResponse> {
  return client.images.generate({
    ...IMAGE_PATHS[path],
    prompt,
    responseFormat: 'url',
    ...(path === 'arta' ? {} : SIZE),
    ...(onImage ? { onChunk: (chunk) => isImage(chunk) && onImage() } : {}),
  });
}

function isImage(chunk: unknown): boolean {
  return typeof chunk === 'object' && chunk !== null && (chunk as { type?: unknown }).type === 'image';
}

/** A prompt no other generation of the run uses, so the emulator's completion can be matched to it. */
export function uniquePrompt(label: string, index: number): string {
  return `bench ${label} #${index} ${Math.random().toString(36).slice(2, 10)}`;
}
