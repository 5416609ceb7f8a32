import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import {
  createPollSchedule,
  DEFAULT_POLL_SCHEDULE,
  type PollSchedule,
  pollScheduleOptionsSchema,
} from './poll-schedule.js';

/** Poll start times under `schedule` (start to start), up to the first one at or after `doneAtMs`. */
function pollTimes(schedule: PollSchedule, doneAtMs: number): number[] {
  const times: number[] = [];
  let previous = 0;
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const at = previous + schedule(attempt, previous);
    times.push(at);
    if (at >= doneAtMs) return times;
    previous = at;
  }
  throw new Error('schedule never reached the job end');
}

describe('createPollSchedule (defaults)', () => {
  const schedule = createPollSchedule();

  it('starts fast and settles at 300 ms', () => {
    expect(pollTimes(schedule, 1000).map(Math.round)).toEqual([200, 450, 750, 1050]);
  });

  it.each([
    { jobMs: 1000, maxLagMs: 250, maxPolls: 12 },
    { jobMs: 3000, maxLagMs: 250, maxPolls: 12 },
  ])('sees a $jobMs ms job within $maxLagMs ms in at most $maxPolls polls', ({ jobMs, maxLagMs, maxPolls }) => {
    const times = pollTimes(schedule, jobMs);
    const lag = (times.at(-1) as number) - jobMs;
    expect(lag).toBeLessThanOrEqual(maxLagMs);
    expect(times.length).toBeLessThanOrEqual(maxPolls);
  });

  it('keeps the lag of a job finishing at a random moment in the first seconds at 150 ms on average', () => {
    const lags: number[] = [];
    for (let doneAt = 500; doneAt <= 3000; doneAt += 7) {
      lags.push((pollTimes(schedule, doneAt).at(-1) as number) - doneAt);
    }
    lags.sort((a, b) => a - b);
    expect(lags[Math.floor(lags.length / 2)]).toBeLessThanOrEqual(160);
    expect(Math.max(...lags)).toBeLessThanOrEqual(300);
  });

  it('backs off in proportion to the time spent, and never beyond 2 s', () => {
    expect(schedule(50, 5000)).toBe(500);
    expect(schedule(60, 10_000)).toBe(1000);
    expect(schedule(80, 60_000)).toBe(DEFAULT_POLL_SCHEDULE.maxMs);
    const intervals: number[] = [];
    for (let attempt = 0, at = 0; at < 300_000; attempt += 1) {
      const interval = schedule(attempt, at);
      intervals.push(interval);
      at += interval;
    }
    for (let index = 1; index < intervals.length; index += 1) {
      expect(intervals[index]).toBeGreaterThanOrEqual(intervals[index - 1] as number);
    }
    expect(Math.max(...intervals)).toBe(2000);
  });
});

describe('createPollSchedule (options)', () => {
  it('holds a constant interval with factor 1 and no lag fraction', () => {
    const schedule = createPollSchedule({ initialMs: 10, steadyMs: 10, factor: 1, lagFraction: 0, maxMs: 10 });
    expect([0, 1, 5, 100].map((attempt) => schedule(attempt, attempt * 10))).toEqual([10, 10, 10, 10]);
  });

  it('spreads delays by the jitter fraction', () => {
    const low = createPollSchedule({ jitter: 0.5 }, () => 0);
    const high = createPollSchedule({ jitter: 0.5 }, () => 0.999_999);
    expect(low(0, 0)).toBeCloseTo(100);
    expect(high(0, 0)).toBeCloseTo(300, 3);
    expect(high(100, 100_000)).toBe(2000);
  });

  it.each([
    [{ initialMs: 0 }, 'poll.initialMs'],
    [{ factor: 0.5 }, 'poll.factor'],
    [{ initialMs: 500 }, 'poll.initialMs'],
    [{ steadyMs: 5000 }, 'poll.steadyMs'],
    [{ lagFraction: 2 }, 'poll.lagFraction'],
    [{ jitter: -0.1 }, 'poll.jitter'],
    [{ intervalMs: 5 }, 'poll'],
  ])('rejects %j naming %s', (options, field) => {
    let caught: unknown;
    try {
      createPollSchedule(options as never);
    } catch (error) {
      caught = error;
    }
    expect(InvalidOptionsError.isInstance(caught)).toBe(true);
    expect((caught as InvalidOptionsError).field).toBe(field);
  });

  it('offers its options schema for provider settings', () => {
    expect(pollScheduleOptionsSchema.safeParse({ steadyMs: 250 }).success).toBe(true);
    expect(pollScheduleOptionsSchema.safeParse({ steadyMs: 250, extra: 1 }).success).toBe(false);
  });
});
