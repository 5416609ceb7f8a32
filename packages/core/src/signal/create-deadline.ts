import { TimeoutError } from '../errors/timeout-error.js';
import { createLinkedController, type LinkedController } from './create-linked-controller.js';
import { ensureSignalState, signalState } from './signal-state.js';

export interface Deadline {
  /** Fires when the caller aborts or the deadline passes. */
  readonly signal: AbortSignal;
  /** True once the deadline (this one, or an enclosing one that ends no later) ended the work, not the caller. */
  readonly expired: boolean;
  /** Releases the timer; call when the work is done. */
  dispose(): void;
}

interface DeadlineState {
  /** On `performance.now()`'s clock. */
  readonly expiresAt: number;
  expired: boolean;
}

/**
 * An overall time limit for a whole generation, merged with the caller's
 * signal. When it passes, the signal aborts with a {@link TimeoutError}
 * (phase `deadline`) as its reason, so every request, poll and delay that
 * honours the signal stops, and the error says why.
 *
 * When `parent` is itself a deadline's signal that ends no later (a provider
 * inside the client's deadline, with the same or a longer limit), it is
 * returned as it is: the same guarantee without a second AbortSignal, timer
 * and listener, each of which costs microseconds on Node 20.
 */
export function createDeadline(timeoutMs: number | undefined, parent?: AbortSignal): Deadline {
  const limited = timeoutMs !== undefined && Number.isFinite(timeoutMs);
  const expiresAt = limited ? performance.now() + timeoutMs : Number.POSITIVE_INFINITY;
  const enclosing = parent === undefined ? undefined : signalState(parent)?.deadline;
  if (parent !== undefined && enclosing !== undefined && enclosing.expiresAt <= expiresAt) {
    return new TimedDeadline(parent, enclosing, undefined, undefined);
  }

  const controller = createLinkedController(parent);
  const state: DeadlineState = { expiresAt, expired: false };
  let timer: NodeJS.Timeout | undefined;
  if (limited && !controller.signal.aborted) {
    timer = setTimeout(() => {
      state.expired = true;
      const seconds = (timeoutMs / 1000).toFixed(timeoutMs % 1000 === 0 ? 0 : 2);
      controller.abort(
        new TimeoutError(`Generation did not finish within ${seconds}s`, { timeoutMs, phase: 'deadline' }),
      );
    }, timeoutMs);
    timer.unref?.();
  }
  ensureSignalState(controller.signal).deadline = state;
  return new TimedDeadline(controller.signal, state, timer, controller);
}

/** A class rather than an object literal with a getter, which V8 builds on a slow path. */
class TimedDeadline implements Deadline {
  constructor(
    readonly signal: AbortSignal,
    private readonly state: DeadlineState,
    private readonly timer: NodeJS.Timeout | undefined,
    /** Absent when the enclosing deadline's signal is reused. */
    private readonly link: LinkedController | undefined,
  ) {}

  get expired(): boolean {
    return this.state.expired;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.link?.dispose();
  }
}
