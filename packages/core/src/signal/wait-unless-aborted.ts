import { onAbort } from './on-abort.js';
import { toAbortError } from './throw-if-aborted.js';

/**
 * Waits for `promise` on behalf of one caller: if `signal` fires first, only
 * this caller's wait rejects (with an AbortError, or the signal's own typed
 * reason such as a deadline's TimeoutError); the promise itself, work other
 * callers may share, carries on untouched.
 */
export function waitUnlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // Nobody else may be listening to the shared promise: keep its failure from going unhandled.
    promise.catch(() => {});
    return Promise.reject(toAbortError(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const stopWaiting = onAbort(signal, () => reject(toAbortError(signal.reason)));
    promise.then(
      (value) => {
        stopWaiting();
        resolve(value);
      },
      (error: unknown) => {
        stopWaiting();
        reject(error);
      },
    );
  });
}
