import { ResponseStatusError, type ResponseStatusErrorOptions } from './response-status-error.js';

/** A Cloudflare challenge page instead of the API's answer. */
export class CloudflareError extends ResponseStatusError {
  static override readonly kind: string = 'CloudflareError';

  constructor(message: string, options: ResponseStatusErrorOptions) {
    super(message, { ...options, isRetryable: false });
  }
}
