import { PNG } from 'pngjs';
import { renderPattern } from './render-pattern.js';

/** The most pixels on either side the emulator will render. */
export const MAX_IMAGE_SIDE = 4096;

/** A real RGB PNG of `width` x `height`, deterministic for (digest, width, height). */
export function encodePatternPng(digestHex: string, width: number, height: number): Buffer {
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 1 ||
    height < 1 ||
    width > MAX_IMAGE_SIDE ||
    height > MAX_IMAGE_SIDE
  ) {
    throw new RangeError(`Image size out of range: ${width}x${height}`);
  }
  const png = new PNG({ width, height });
  png.data = renderPattern(digestHex, width, height);
  return PNG.sync.write(png, { colorType: 2, inputColorType: 6, deflateLevel: 6, filterType: 4 });
}
