import { MAX_TIMER_MS } from './max-timer-ms.js';

/** One attempt's signal: the caller's abort and the attempt's time limit, in one AbortSignal. */
export interface RequestLimit {
  /** Aborts with the caller's reason, or with `reason()` when the time limit passes. */
  readonly signal: AbortSignal;
  /** Stops the timer only: the caller's abort still reaches the signal (a stream being read). */
  clearTimer(): void;
  /** Stops the timer and stops following the caller's signal. */
  dispose(): void;
}

/**
 * What `AbortSignal.any([callerSignal, AbortSignal.timeout(ms)])` gives, with
 * one AbortSignal instead of two and a typed reason: on Node 20 every
 * AbortSignal is costly to create, and every attempt (a body read whole, a
 * stream read to its end or left) ends in `dispose()`, so following the
 * caller by a listener is safe.
 */
export function createRequestLimit(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
  reason: () => unknown,
): RequestLimit {
  const controller = new AbortController();
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    if (Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => controller.abort(reason()), Math.min(Math.max(0, timeoutMs), MAX_TIMER_MS));
      // A limit must not keep a finished script alive; the socket it guards does that while it matters.
      timer.unref();
    }
  }
  return {
    signal: controller.signal,
    clearTimer() {
      clearTimeout(timer);
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
