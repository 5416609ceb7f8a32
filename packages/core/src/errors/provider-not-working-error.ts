import { G4FError } from './g4f-error.js';

/** The provider is registered but marked `working = false`. */
export class ProviderNotWorkingError extends G4FError {
  static override readonly kind: string = 'ProviderNotWorkingError';
  readonly providerName: string;

  constructor(providerName: string) {
    super(`Provider "${providerName}" is marked as not working`);
    this.providerName = providerName;
  }
}
