import { G4FError, type G4FErrorOptions } from './g4f-error.js';

export interface ResponseErrorOptions extends G4FErrorOptions {
  url?: string;
  /** Upstream-specific status word, e.g. ARTA's `FAILED`. */
  upstreamStatus?: string;
}

/** The upstream answered, but not with something we can use. */
export class ResponseError extends G4FError {
  static override readonly kind: string = 'ResponseError';
  readonly url: string | undefined;
  readonly upstreamStatus: string | undefined;

  constructor(message: string, options: ResponseErrorOptions = {}) {
    super(message, options);
    this.url = options.url;
    this.upstreamStatus = options.upstreamStatus;
  }
}
