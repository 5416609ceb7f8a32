import { toAbortError } from '@g4f-kit/core';

/**
 * One caller's wait for work others may share: when `signal` fires first,
 * only this wait rejects (AbortError, or the signal's typed reason such as a
 * deadline's TimeoutError); the shared work carries on for the rest.
 */
export function waitUnlessAborted<T>(shared: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return shared;
  if (signal.aborted) {
    shared.catch(() => {});
    return Promise.reject(toAbortError(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(toAbortError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
