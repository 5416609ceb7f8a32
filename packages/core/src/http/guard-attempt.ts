import { onAbort } from '../signal/on-abort.js';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { MAX_TIMER_MS } from './max-timer-ms.js';

export interface AttemptLimits {
  /** The caller's signal: its abort stops the attempt with AbortError (or the signal's typed reason). */
  signal?: AbortSignal | undefined;
  /** The attempt's time limit; infinite: none. */
  timeoutMs: number;
  timeoutError: () => Error;
  operation?: string | undefined;
}

export interface AttemptGuard {
  /** Stops the time limit only; the caller's abort still stops the attempt (a stream being read). */
  clearTimer(): void;
  /** Stops watching altogether. */
  dispose(): void;
}

/**
 * Calls `stop` once with the typed error when the caller aborts or the time
 * limit passes, whichever comes first. One timer and one abort callback, no
 * AbortController: on Node 20 an AbortSignal costs more than the request
 * bookkeeping around it. The caller checks `signal.aborted` before starting.
 */
export function guardAttempt(limits: AttemptLimits, stop: (error: Error) => void): AttemptGuard {
  const { signal, timeoutMs } = limits;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopWaiting: (() => void) | undefined;
  const dispose = (): void => {
    clearTimeout(timer);
    stopWaiting?.();
  };
  if (Number.isFinite(timeoutMs)) {
    timer = setTimeout(
      () => {
        dispose();
        stop(limits.timeoutError());
      },
      Math.min(Math.max(0, timeoutMs), MAX_TIMER_MS),
    );
    // A limit must not keep a finished script alive; the socket it guards does that while it matters.
    timer.unref();
  }
  if (signal !== undefined) {
    stopWaiting = onAbort(signal, () => {
      dispose();
      stop(toAbortError(signal.reason, limits.operation));
    });
  }
  return { clearTimer: () => clearTimeout(timer), dispose };
}
