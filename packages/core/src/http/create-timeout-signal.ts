import { MAX_TIMER_MS } from './max-timer-ms.js';

export interface TimeoutSignal {
  signal: AbortSignal;
  /** Disarms the timer; the signal then never aborts. */
  clear(): void;
}

/**
 * Like `AbortSignal.timeout()`, but it can be disarmed (an SSE request's limit
 * covers only its headers, not the endless body) and it aborts with the
 * caller's own reason, so fetch rejects with a typed error. An infinite
 * `ms` never fires.
 */
export function createTimeoutSignal(ms: number, reason: () => unknown): TimeoutSignal {
  const controller = new AbortController();
  if (!Number.isFinite(ms)) return { signal: controller.signal, clear: () => {} };
  const timer = setTimeout(() => controller.abort(reason()), Math.min(Math.max(0, ms), MAX_TIMER_MS));
  // A limit must not keep a finished script alive; the socket it guards does that while it matters.
  timer.unref();
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
