import { G4FError } from '../errors/g4f-error.js';
import { MissingAuthError } from '../errors/missing-auth-error.js';
import { PaymentRequiredError } from '../errors/payment-required-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseStatusError } from '../errors/response-status-error.js';
import { RetryNoProviderError } from '../errors/retry-no-provider-error.js';
import { type ProviderAttemptError, RetryProviderError } from '../errors/retry-provider-error.js';
import { TimeoutError } from '../errors/timeout-error.js';

/**
 * Turns the failures of a fallback list into one error without losing its type:
 * none → {@link RetryNoProviderError}; one → that error unchanged; several that
 * share a kind (all rate limited, all unauthorised, all timed out, all out of
 * credit) → an error of that kind whose `cause` lists every attempt; otherwise a
 * {@link RetryProviderError} carrying each attempt and any status they share.
 */
export function aggregateErrors(attempts: readonly ProviderAttemptError[]): Error {
  if (attempts.length === 0) return new RetryNoProviderError();
  if (attempts.length === 1) {
    const only = attempts[0]?.error;
    return only instanceof Error ? only : new G4FError(String(only));
  }
  const aggregate = new RetryProviderError(attempts, sharedStatus(attempts));
  const errors = attempts.map(({ error }) => error);
  const names = attempts.map(({ providerName }) => providerName).join(', ');

  if (errors.every((error) => RateLimitError.isInstance(error))) {
    const waits = errors.map((error) => error.retryAfterMs).filter((wait): wait is number => wait !== undefined);
    return new RateLimitError(`Every provider is rate limited (${names})`, {
      cause: aggregate,
      ...(waits.length > 0 ? { retryAfterMs: Math.min(...waits) } : {}),
    });
  }
  if (errors.every((error) => MissingAuthError.isInstance(error))) {
    return new MissingAuthError(`Every provider needs authentication (${names})`, { cause: aggregate });
  }
  if (errors.every((error) => PaymentRequiredError.isInstance(error))) {
    return new PaymentRequiredError(`Every provider asks for payment (${names})`, { cause: aggregate });
  }
  if (errors.every((error) => TimeoutError.isInstance(error))) {
    const longest = Math.max(...errors.map((error) => error.timeoutMs));
    return new TimeoutError(`Every provider timed out (${names})`, {
      cause: aggregate,
      timeoutMs: longest,
      phase: errors[0]?.phase ?? 'request',
    });
  }
  return aggregate;
}

function sharedStatus(attempts: readonly ProviderAttemptError[]): number | undefined {
  let status: number | undefined;
  for (const { error } of attempts) {
    if (!ResponseStatusError.isInstance(error)) return undefined;
    if (status !== undefined && status !== error.status) return undefined;
    status = error.status;
  }
  return status;
}
