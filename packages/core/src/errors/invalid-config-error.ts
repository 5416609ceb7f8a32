import { G4FError } from './g4f-error.js';
import type { OptionIssue } from './invalid-options-error.js';

/** The merged configuration (defaults, file, environment, options) is invalid. */
export class InvalidConfigError extends G4FError {
  static override readonly kind: string = 'InvalidConfigError';
  readonly issues: readonly OptionIssue[];
  readonly source: string | undefined;

  constructor(issues: readonly OptionIssue[], source?: string) {
    const from = source ? ` (from ${source})` : '';
    const detail = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    super(`Invalid configuration${from}: ${detail}`);
    this.issues = issues;
    this.source = source;
  }
}
