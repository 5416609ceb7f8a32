import { ResponseError, type ResponseErrorOptions } from './response-error.js';

export interface ResponseStatusErrorOptions extends ResponseErrorOptions {
  status: number;
  /** The response body, already truncated for safe display. */
  body?: string;
}

/** Statuses where the same request may succeed later. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
}

/** An HTTP error status from the upstream. */
export class ResponseStatusError extends ResponseError {
  static override readonly kind: string = 'ResponseStatusError';
  readonly status: number;
  readonly body: string | undefined;

  constructor(message: string, options: ResponseStatusErrorOptions) {
    super(message, { ...options, isRetryable: options.isRetryable ?? isRetryableStatus(options.status) });
    this.status = options.status;
    this.body = options.body;
  }
}
