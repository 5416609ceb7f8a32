import { TimeoutError } from '../errors/timeout-error.js';

export interface Deadline {
  /** Fires when the caller aborts or the deadline passes. */
  readonly signal: AbortSignal;
  /** True once the deadline itself (not the caller) ended the work. */
  readonly expired: boolean;
  /** Releases the timer; call when the work is done. */
  dispose(): void;
}

/**
 * An overall time limit for a whole generation, merged with the caller's
 * signal. When it passes, the signal aborts with a {@link TimeoutError}
 * (phase `deadline`) as its reason, so every request, poll and delay that
 * honours the signal stops, and the error says why.
 */
export function createDeadline(timeoutMs: number | undefined, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  let timer: NodeJS.Timeout | undefined;

  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', onParentAbort, { once: true });

  if (timeoutMs !== undefined && Number.isFinite(timeoutMs) && !controller.signal.aborted) {
    timer = setTimeout(() => {
      expired = true;
      const seconds = (timeoutMs / 1000).toFixed(timeoutMs % 1000 === 0 ? 0 : 2);
      controller.abort(
        new TimeoutError(`Generation did not finish within ${seconds}s`, { timeoutMs, phase: 'deadline' }),
      );
    }, timeoutMs);
    timer.unref?.();
  }

  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    dispose() {
      if (timer) clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
