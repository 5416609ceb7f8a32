import { AbortError } from '../errors/abort-error.js';
import { G4FError } from '../errors/g4f-error.js';

/** Throws a typed {@link AbortError} when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw toAbortError(signal.reason);
}

/**
 * Why an aborted signal stopped the work. A typed reason is kept as it is (a
 * deadline aborts with a TimeoutError, phase 'deadline', and the error should
 * say so); any other reason becomes an {@link AbortError} with it as the cause.
 */
export function toAbortError(reason: unknown, operation?: string): G4FError {
  if (G4FError.isInstance(reason)) return reason;
  const prefix = operation ? `${operation}: ` : '';
  return new AbortError(`${prefix}The operation was aborted`, { cause: reason });
}

/** True for our AbortError and for the platform's abort exceptions. */
export function isAbortError(error: unknown): boolean {
  if (AbortError.isInstance(error)) return true;
  return error instanceof Error && error.name === 'AbortError';
}
