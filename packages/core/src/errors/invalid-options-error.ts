import { G4FError } from './g4f-error.js';

export interface OptionIssue {
  /** Dotted path of the offending field, e.g. `n` or `providerOptions.arta.steps`. */
  field: string;
  message: string;
}

/** An option failed validation before any request was made. */
export class InvalidOptionsError extends G4FError {
  static override readonly kind: string = 'InvalidOptionsError';
  readonly issues: readonly OptionIssue[];
  readonly providerName: string | undefined;

  constructor(issues: readonly OptionIssue[], providerName?: string) {
    const where = providerName ? ` for ${providerName}` : '';
    const detail = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    super(`Invalid option${issues.length === 1 ? '' : 's'}${where}: ${detail}`);
    this.issues = issues;
    this.providerName = providerName;
  }

  /** The first offending field, handy for an API error's `param`. */
  get field(): string | undefined {
    return this.issues[0]?.field;
  }
}
