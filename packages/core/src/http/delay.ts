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
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(toAbortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, waitMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
