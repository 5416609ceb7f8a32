import { G4FError, type G4FErrorOptions } from './g4f-error.js';

/** The upstream wants credentials we do not have, or rejected the ones we sent. */
export class MissingAuthError extends G4FError {
  static override readonly kind: string = 'MissingAuthError';
  readonly status: number | undefined;

  constructor(message: string, options: G4FErrorOptions & { status?: number } = {}) {
    super(message, options);
    this.status = options.status;
  }
}
