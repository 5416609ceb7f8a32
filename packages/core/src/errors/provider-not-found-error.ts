import { G4FError } from './g4f-error.js';

/** A provider name that nothing is registered under. Lists what is. */
export class ProviderNotFoundError extends G4FError {
  static override readonly kind: string = 'ProviderNotFoundError';
  readonly providerName: string;
  readonly availableProviders: readonly string[];

  constructor(providerName: string, availableProviders: readonly string[]) {
    const available = availableProviders.length > 0 ? availableProviders.join(', ') : '(none registered)';
    super(`Provider not found: "${providerName}". Registered providers: ${available}`);
    this.providerName = providerName;
    this.availableProviders = availableProviders;
  }
}
