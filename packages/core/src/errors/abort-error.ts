import { G4FError, type G4FErrorOptions } from './g4f-error.js';

/** The caller's AbortSignal fired. Never retried, never falls back. */
export class AbortError extends G4FError {
  static override readonly kind: string = 'AbortError';

  constructor(message = 'The operation was aborted', options: G4FErrorOptions = {}) {
    super(message, { ...options, isRetryable: false });
  }
}
