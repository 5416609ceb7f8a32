/**
 * The `aspect_ratio` values sent to ARTA. g4f passes the option through
 * unchecked and no public list of ARTA's ratios exists, so this is the common
 * set (which the local emulator also accepts): square, the 2:3 / 3:4 / 9:16
 * portraits, their landscape twins, and 9:21 / 21:9.
 */
export const ARTA_ASPECT_RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '9:16', '16:9', '9:21', '21:9'] as const;

export type ArtaAspectRatio = (typeof ARTA_ASPECT_RATIOS)[number];

/**
 * ARTA takes no width or height, only a ratio: the listed ratio closest to
 * `width:height`, compared on a log scale so 2:1 and 1:2 are equally far
 * from 1:1. A tie goes to the ratio listed first.
 */
export function nearestArtaAspectRatio(width: number, height: number): ArtaAspectRatio {
  const wanted = Math.log(width / height);
  let best: ArtaAspectRatio = '1:1';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const ratio of ARTA_ASPECT_RATIOS) {
    const [w, h] = ratio.split(':').map(Number) as [number, number];
    const distance = Math.abs(Math.log(w / h) - wanted);
    if (distance < bestDistance) {
      best = ratio;
      bestDistance = distance;
    }
  }
  return best;
}
