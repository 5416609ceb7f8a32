import { z } from 'zod';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { zodIssuesToOptionIssues } from '../errors/zod-issues.js';

/**
 * How long to wait before poll number `attempt` (0 first), measured from the
 * start of the previous poll (from the start of polling for the first one).
 * `elapsedMs` is the time from the start of polling to the previous poll's
 * start (0 for the first poll).
 */
export type PollSchedule = (attempt: number, elapsedMs: number) => number;

export interface PollScheduleOptions {
  /** Delay before the first poll. */
  initialMs?: number;
  /** Warm-up growth: each delay is the previous one times this, until it reaches `steadyMs`. 1: no warm-up growth. */
  factor?: number;
  /** The interval once warmed up (at least `initialMs`); also the floor of every later interval. */
  steadyMs?: number;
  /**
   * After warm-up the interval is at least this fraction of the time already
   * spent, so a long job is polled less often: the lag after the upstream
   * finishes stays within roughly this share of the job's duration. 0 keeps
   * the interval at `steadyMs`.
   */
  lagFraction?: number;
  /** No interval is longer than this. */
  maxMs?: number;
  /** Spreads each delay by ± this fraction, so many clients do not poll in lockstep. */
  jitter?: number;
}

/**
 * The default schedule, tuned for jobs that finish in one to a few seconds
 * while never polling a long job more than every 2 s:
 *
 * - 200 ms, 250 ms, then every 300 ms: polls land at 0.2, 0.45, 0.75, 1.05,
 *   1.35 … 2.85, 3.15 s (measured start to start, so slow answers do not
 *   stretch the schedule). A job done after 1 s is seen 50 ms late, one done
 *   after 3 s 150 ms late, with 11 polls in all; with random finishing times
 *   the lag averages half an interval, 150 ms. A fixed 250 ms would need a
 *   poll at 1.0 s and 3.0 s exactly, where a hair of latency costs a whole
 *   extra interval (and a 13th poll); a denser warm-up would spend the poll
 *   budget on the first second, when jobs are rarely done. Against the
 *   local emulator (ARTA, loopback): 1 s jobs seen ~60 ms late after 4
 *   polls, 3 s jobs ~160 ms late after 11.
 * - From about 3 s on, the interval is 10 % of the time spent (lag within
 *   ~10 % of the job's length), so a 10 s job is polled every second,
 *   and from 20 s on every 2 s: g4f's fixed rate, reached only when the
 *   job is long enough for it not to matter.
 * - No jitter by default, so the timing above holds; set it when many
 *   clients poll the same upstream.
 */
export const DEFAULT_POLL_SCHEDULE: Readonly<Required<PollScheduleOptions>> = Object.freeze({
  initialMs: 200,
  factor: 1.25,
  steadyMs: 300,
  lagFraction: 0.1,
  maxMs: 2000,
  jitter: 0,
});

const milliseconds = z.number().finite().positive();

/**
 * The shape of {@link PollScheduleOptions}, for providers that take a poll
 * schedule from their settings. Every field is optional (defaults:
 * {@link DEFAULT_POLL_SCHEDULE}); unknown keys are rejected.
 */
export const pollScheduleOptionsSchema = z
  .strictObject({
    initialMs: milliseconds.optional(),
    factor: z.number().finite().min(1).optional(),
    steadyMs: milliseconds.optional(),
    lagFraction: z.number().min(0).max(1).optional(),
    maxMs: milliseconds.optional(),
    jitter: z.number().min(0).max(1).optional(),
  })
  .superRefine((options, context) => {
    const { initialMs, steadyMs, maxMs } = { ...DEFAULT_POLL_SCHEDULE, ...options };
    if (initialMs > steadyMs) {
      context.addIssue({ code: 'custom', path: ['initialMs'], message: `must not exceed steadyMs (${steadyMs})` });
    }
    if (steadyMs > maxMs) {
      context.addIssue({ code: 'custom', path: ['steadyMs'], message: `must not exceed maxMs (${maxMs})` });
    }
  });

/**
 * A schedule that starts fast and backs off: delay N is
 * `max(min(initialMs × factor^N, steadyMs), lagFraction × elapsed)`, capped at
 * `maxMs` and spread by `jitter`. Invalid options throw an
 * InvalidOptionsError naming the field (`poll.<field>`).
 */
export function createPollSchedule(
  options: PollScheduleOptions = {},
  random: () => number = Math.random,
): PollSchedule {
  const result = pollScheduleOptionsSchema.safeParse(options);
  if (!result.success) throw new InvalidOptionsError(zodIssuesToOptionIssues(result.error, 'poll'));
  const { initialMs, factor, steadyMs, lagFraction, maxMs, jitter } = { ...DEFAULT_POLL_SCHEDULE, ...result.data };
  return (attempt, elapsedMs) => {
    const warmUp = Math.min(initialMs * factor ** Math.max(0, attempt), steadyMs);
    const base = Math.max(warmUp, lagFraction * Math.max(0, elapsedMs));
    const spread = jitter === 0 ? 1 : 1 + jitter * (2 * random() - 1);
    return Math.min(maxMs, base * spread);
  };
}
