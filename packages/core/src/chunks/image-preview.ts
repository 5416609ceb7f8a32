import type { MediaOptions } from './image-response.js';

/**
 * A progressive preview of an image still being generated. Hidden from
 * final results, but it is content: a fallback must not start over after one.
 */
export class ImagePreview {
  readonly type = 'image-preview' as const;
  readonly urls: readonly string[];
  readonly alt: string;
  readonly options: MediaOptions;

  constructor(urls: string | readonly string[], alt = '', options: MediaOptions = {}) {
    this.urls = typeof urls === 'string' ? [urls] : [...urls];
    this.alt = alt;
    this.options = options;
  }
}
