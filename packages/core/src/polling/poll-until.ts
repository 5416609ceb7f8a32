import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { delay } from '../http/delay.js';
import { createDeadline, type Deadline } from '../signal/create-deadline.js';
import { throwIfAborted } from '../signal/throw-if-aborted.js';
import { createPollSchedule, type PollSchedule } from './poll-schedule.js';

/** What one poll is told. */
export interface PollContext {
  /** 0 for the first poll. */
  attempt: number;
  /** Time from the start of polling to this poll's start. */
  elapsedMs: number;
  /** The caller's signal merged with the deadline: hand it to every request the poll makes. */
  signal: AbortSignal;
}

export interface PollUntilOptions<T> {
  /** Ends the loop after yielding the first value this accepts; without it the caller breaks out. */
  isDone?: (value: T) => boolean;
  /** Default: `createPollSchedule()` (fast start, backing off to 2 s). */
  schedule?: PollSchedule;
  /** Stops the loop (AbortError, or the signal's typed reason), cutting any wait or poll short. */
  signal?: AbortSignal;
  /** Overall limit; when it passes the loop throws a TimeoutError with phase `deadline`. */
  deadlineMs?: number;
  /** Poll at once instead of waiting the schedule's first delay. Default false. */
  pollImmediately?: boolean;
  /** Monotonic time source in ms; default `performance.now`. */
  now?: () => number;
}

/**
 * Calls `check` on a schedule and yields each result, until `isDone` accepts
 * one, the caller stops iterating, the signal aborts or the deadline passes.
 *
 * Intervals run from the start of one poll to the start of the next, so slow
 * answers (or a slow consumer between two yields) do not stretch the
 * schedule. Every wait and every poll gets the merged signal: an abort or the
 * deadline ends the loop at once, without another request. An error thrown
 * by `check` ends the loop unchanged, except that once the deadline has
 * passed the caller always sees its TimeoutError.
 */
export async function* pollUntil<T>(
  check: (context: PollContext) => Promise<T>,
  options: PollUntilOptions<T> = {},
): AsyncGenerator<T, void, undefined> {
  const { deadlineMs } = options;
  if (deadlineMs !== undefined && !(deadlineMs > 0)) {
    throw new InvalidOptionsError([{ field: 'deadlineMs', message: `must be a positive number (got ${deadlineMs})` }]);
  }
  const schedule = options.schedule ?? createPollSchedule();
  const now = options.now ?? (() => performance.now());
  // Without a deadline of its own the loop needs no signal of its own either.
  const deadline = deadlineMs === undefined ? followOnly(options.signal) : createDeadline(deadlineMs, options.signal);
  const { signal } = deadline;
  const started = now();
  let previousStart = started;
  try {
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 0 || !options.pollImmediately) {
        const waitMs = schedule(attempt, previousStart - started) - (now() - previousStart);
        if (waitMs > 0) await delay(waitMs, signal);
      }
      throwIfAborted(signal);
      previousStart = now();
      const value = await check({ attempt, elapsedMs: previousStart - started, signal });
      yield value;
      if (options.isDone?.(value)) return;
    }
  } catch (error) {
    if (deadline.expired && !TimeoutError.isInstance(error)) throw deadline.signal.reason;
    throw error;
  } finally {
    deadline.dispose();
  }
}

/** Never aborts: the signal of a loop with neither a caller's signal nor a deadline. */
const NEVER = new AbortController().signal;

/** A "deadline" that is just the caller's signal: nothing to create, nothing to dispose. */
function followOnly(signal: AbortSignal | undefined): Deadline {
  return { signal: signal ?? NEVER, expired: false, dispose() {} };
}
