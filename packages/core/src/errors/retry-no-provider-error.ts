import { G4FError } from './g4f-error.js';

/** Every provider was tried and none produced content, or there was none to try. */
export class RetryNoProviderError extends G4FError {
  static override readonly kind: string = 'RetryNoProviderError';

  constructor(message = 'No content response from any provider') {
    super(message);
  }
}
