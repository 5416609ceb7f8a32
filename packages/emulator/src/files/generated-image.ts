import { MAX_IMAGE_SIDE } from '../png/encode-png.js';
import { sha256Hex } from '../util/hash.js';

/** What a generated image is derived from; the same inputs give the same pixels. */
export interface ImageSpec {
  /** Which emulated model made it (`arta:Flux`, `flux-dev`, `janus`, ...). */
  model: string;
  prompt: string;
  seed: number;
  /** Distinguishes images of one request: an index, or `preview-2`. */
  variant: string | number;
  width: number;
  height: number;
}

/** The digest and size that name a generated image in a file path. */
export interface ImageRef {
  digest: string;
  width: number;
  height: number;
}

export function imageRef(spec: ImageSpec): ImageRef {
  return {
    digest: sha256Hex(spec.model, spec.prompt, spec.seed, spec.variant),
    width: spec.width,
    height: spec.height,
  };
}

/** `<digest>/image-<w>x<h>.png`: a stateless file name (the pixels derive from it). */
export function imageFileName(ref: ImageRef): string {
  return `${ref.digest}/image-${ref.width}x${ref.height}.png`;
}

const IMAGE_FILE = /^([0-9a-f]{64})\/image-(\d{1,4})x(\d{1,4})\.png$/;

/** Parses `imageFileName`'s output (after any directory prefix); undefined when it is not one. */
export function parseImageFileName(name: string): ImageRef | undefined {
  const match = IMAGE_FILE.exec(name);
  if (!match) return undefined;
  const width = Number(match[2]);
  const height = Number(match[3]);
  if (width < 1 || height < 1 || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return undefined;
  return { digest: match[1] as string, width, height };
}
