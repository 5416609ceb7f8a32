export interface MediaOptions {
  width?: number;
  height?: number;
  /** Headers a downloader must send to fetch the URLs (never logged). */
  headers?: Record<string, string>;
  [key: string]: unknown;
}

/** One or more finished images. `alt` is the prompt that made them. */
export class ImageResponse {
  readonly type = 'image' as const;
  readonly urls: readonly string[];
  readonly alt: string;
  readonly options: MediaOptions;

  constructor(urls: string | readonly string[], alt = '', options: MediaOptions = {}) {
    this.urls = typeof urls === 'string' ? [urls] : [...urls];
    this.alt = alt;
    this.options = options;
  }
}
