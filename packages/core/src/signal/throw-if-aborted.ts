import { AbortError } from '../errors/abort-error.js';
import { G4FError } from '../errors/g4f-error.js';

/** Throws a typed {@link AbortError} when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw toAbortError(signal.reason);
}

/** Wraps an abort reason as an {@link AbortError}, keeping typed reasons as they are. */
export function toAbortError(reason: unknown): G4FError {
  if (G4FError.isInstance(reason)) return reason;
  return new AbortError('The operation was aborted', { cause: reason });
}

/** True for our AbortError and for the platform's abort exceptions. */
export function isAbortError(error: unknown): boolean {
  if (AbortError.isInstance(error)) return true;
  return error instanceof Error && error.name === 'AbortError';
}
