/** The aspect ratios the ARTA app offers (`aspect_ratio` form field). */
export const ARTA_ASPECT_RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '9:16', '16:9', '9:21', '21:9'] as const;

export type ArtaAspectRatio = (typeof ARTA_ASPECT_RATIOS)[number];

export function isArtaAspectRatio(value: string): value is ArtaAspectRatio {
  return (ARTA_ASPECT_RATIOS as readonly string[]).includes(value);
}

/**
 * Image size for a ratio: the longer side is `maxSide` (1024 by default, as
 * ARTA renders), the shorter one rounded, e.g. 16:9 -> 1024x576, 2:3 -> 683x1024.
 */
export function artaImageSize(ratio: ArtaAspectRatio, maxSide: number): { width: number; height: number } {
  const [w, h] = ratio.split(':').map(Number) as [number, number];
  if (w >= h) return { width: maxSide, height: Math.max(1, Math.round((maxSide * h) / w)) };
  return { width: Math.max(1, Math.round((maxSide * w) / h)), height: maxSide };
}
