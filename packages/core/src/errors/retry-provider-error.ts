import { G4FError } from './g4f-error.js';

export interface ProviderAttemptError {
  providerName: string;
  error: unknown;
}

/** Several providers were tried and each failed; keeps every attempt's error. */
export class RetryProviderError extends G4FError {
  static override readonly kind: string = 'RetryProviderError';
  readonly attempts: readonly ProviderAttemptError[];
  /** The HTTP status every attempt shared, if they all had the same one. */
  readonly status: number | undefined;

  constructor(attempts: readonly ProviderAttemptError[], status?: number) {
    const lines = attempts.map(({ providerName, error }) => `  ${providerName}: ${describe(error)}`);
    super(`All ${attempts.length} providers failed:\n${lines.join('\n')}`, {
      cause: attempts[0]?.error,
      isRetryable: attempts.some(({ error }) => G4FError.isInstance(error) && error.isRetryable),
    });
    this.attempts = attempts;
    this.status = status;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
