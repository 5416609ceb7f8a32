import { onAbort } from '../signal/on-abort.js';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { MAX_TIMER_MS } from './max-timer-ms.js';

/**
 * Waits `ms`. Rejects as soon as `signal` aborts (AbortError, or the signal's
 * typed reason such as a deadline's TimeoutError) and drops the timer, so a
 * backoff or poll interval never outlives the caller's interest.
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(toAbortError(signal?.reason));
  const waitMs = Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_TIMER_MS) : MAX_TIMER_MS;
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stopWaiting?.();
      resolve();
    }, waitMs);
    const stopWaiting =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(toAbortError(signal.reason));
      });
  });
}
