import { G4FError } from './g4f-error.js';

const MAX_LISTED = 80;

/** A model name the provider (or the router) does not know. Lists the valid ones. */
export class ModelNotFoundError extends G4FError {
  static override readonly kind: string = 'ModelNotFoundError';
  readonly model: string;
  readonly providerName: string | undefined;
  readonly validModels: readonly string[];

  constructor(model: string, validModels: readonly string[], providerName?: string) {
    const where = providerName ? ` for provider ${providerName}` : '';
    const shown = validModels.slice(0, MAX_LISTED).join(', ');
    const more = validModels.length > MAX_LISTED ? ` … and ${validModels.length - MAX_LISTED} more` : '';
    super(`Model not found: "${model}"${where}. Valid models: ${shown || '(none)'}${more}`);
    this.model = model;
    this.providerName = providerName;
    this.validModels = validModels;
  }
}
