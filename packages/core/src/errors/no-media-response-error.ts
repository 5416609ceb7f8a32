import { G4FError } from './g4f-error.js';

/** A provider finished without yielding any image. */
export class NoMediaResponseError extends G4FError {
  static override readonly kind: string = 'NoMediaResponseError';
  readonly providerName: string | undefined;

  constructor(providerName?: string) {
    super(providerName ? `No media response from ${providerName}` : 'No media response from any provider');
    this.providerName = providerName;
  }
}
