import { InvalidOptionsError } from '@g4f-kit/core';

/** g4f's sizes for the aspect ratios it knows (`get_width_height`, HEAD). */
export const ASPECT_RATIO_SIZES: Readonly<Record<string, readonly [width: number, height: number]>> = {
  '1:1': [1024, 1024],
  '16:9': [1024, 576],
  '9:16': [576, 1024],
  '4:3': [1024, 768],
  '3:4': [768, 1024],
  '3:2': [1024, 682],
  '2:3': [682, 1024],
  '21:9': [1024, 440],
  '9:21': [440, 1024],
  '4:5': [832, 1040],
  '5:4': [1040, 832],
  '2:1': [1024, 512],
  '1:2': [512, 1024],
};

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * The size to draw (g4f's `use_aspect_ratio`): explicit width and height win;
 * a missing one comes from the aspect ratio's entry (default `1:1`, so
 * 1024x1024). g4f sends nothing for a ratio it does not know; here that is an
 * InvalidOptionsError naming `aspectRatio`, before any request.
 */
export function useAspectRatio(
  explicit: { width?: number | undefined; height?: number | undefined },
  aspectRatio = '1:1',
  providerName?: string,
): ImageSize {
  const { width, height } = explicit;
  if (width !== undefined && height !== undefined) return { width, height };
  const size = ASPECT_RATIO_SIZES[aspectRatio];
  if (!size) {
    throw new InvalidOptionsError(
      [
        {
          field: 'aspectRatio',
          message: `must be one of ${Object.keys(ASPECT_RATIO_SIZES).join(', ')} (got "${aspectRatio}")`,
        },
      ],
      providerName,
    );
  }
  return { width: width ?? size[0], height: height ?? size[1] };
}
