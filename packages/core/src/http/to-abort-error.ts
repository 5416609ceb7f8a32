import { AbortError } from '../errors/abort-error.js';
import { G4FError } from '../errors/g4f-error.js';

/**
 * Why an aborted signal stopped the work. A typed reason is kept as it is (a
 * deadline aborts with a TimeoutError, phase 'deadline', and the error should
 * say so); any other reason becomes an AbortError with the reason as its cause.
 */
export function toAbortError(signal?: AbortSignal, operation?: string): G4FError {
  const reason: unknown = signal?.reason;
  if (G4FError.isInstance(reason)) return reason;
  const prefix = operation ? `${operation}: ` : '';
  return new AbortError(`${prefix}The operation was aborted`, reason === undefined ? {} : { cause: reason });
}
