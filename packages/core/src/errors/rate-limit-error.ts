import { ResponseStatusError, type ResponseStatusErrorOptions } from './response-status-error.js';

export interface RateLimitErrorOptions extends Partial<ResponseStatusErrorOptions> {
  /** How long the upstream asked us to wait, from `Retry-After`. */
  retryAfterMs?: number;
}

/** HTTP 429, a quota message, or every fallback attempt rate limited. */
export class RateLimitError extends ResponseStatusError {
  static override readonly kind: string = 'RateLimitError';
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: RateLimitErrorOptions = {}) {
    super(message, { ...options, status: options.status ?? 429, isRetryable: true });
    this.retryAfterMs = options.retryAfterMs;
  }
}
