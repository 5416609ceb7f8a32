import { G4FError, type G4FErrorOptions } from './g4f-error.js';

/** HTTP 402: the account is out of credit. Retrying will not help. */
export class PaymentRequiredError extends G4FError {
  static override readonly kind: string = 'PaymentRequiredError';
  readonly status = 402;

  constructor(message: string, options: G4FErrorOptions = {}) {
    super(message, options);
  }
}
