import { G4FError, type G4FErrorOptions } from './g4f-error.js';

/** The transport failed: refused, reset mid-stream, DNS. Usually worth a retry. */
export class ConnectionError extends G4FError {
  static override readonly kind: string = 'ConnectionError';
  readonly url: string | undefined;
  /** The system error code when there is one, e.g. `ECONNRESET`. */
  readonly code: string | undefined;

  constructor(message: string, options: G4FErrorOptions & { url?: string; code?: string } = {}) {
    super(message, { ...options, isRetryable: options.isRetryable ?? true });
    this.url = options.url;
    this.code = options.code;
  }
}
