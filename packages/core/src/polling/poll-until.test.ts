import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../errors/abort-error.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { ResponseError } from '../errors/response-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { delay } from '../http/delay.js';
import type { PollSchedule } from './poll-schedule.js';
import { type PollContext, type PollUntilOptions, pollUntil } from './poll-until.js';

const every =
  (ms: number): PollSchedule =>
  () =>
    ms;
const now = () => Date.now();

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs the loop to its end (or failure) while fake time moves on. */
async function drain<T>(loop: AsyncGenerator<T>, advanceMs = 60_000): Promise<{ values: T[]; error?: unknown }> {
  const values: T[] = [];
  const run = (async () => {
    for await (const value of loop) values.push(value);
  })();
  const settled = run.then(
    () => ({ values }),
    (error: unknown) => ({ values, error }),
  );
  await vi.advanceTimersByTimeAsync(advanceMs);
  return settled;
}

/** A status source: the poll at time t answers 'done' once t >= doneAtMs; records each poll. */
function upstream(doneAtMs: number) {
  const polls: PollContext[] = [];
  const times: number[] = [];
  const check = vi.fn(async (context: PollContext) => {
    polls.push(context);
    times.push(Date.now());
    return Date.now() >= doneAtMs ? 'done' : 'running';
  });
  return { check, polls, times };
}

const options = (extra: PollUntilOptions<string> = {}): PollUntilOptions<string> => ({
  now,
  isDone: (status) => status === 'done',
  ...extra,
});

describe('pollUntil', () => {
  it('yields every result and stops after the first one isDone accepts', async () => {
    const { check, times } = upstream(250);
    const { values, error } = await drain(pollUntil(check, options({ schedule: every(100) })));
    expect(error).toBeUndefined();
    expect(values).toEqual(['running', 'running', 'done']);
    expect(times).toEqual([100, 200, 300]);
  });

  it('follows the default schedule: 200 ms, 250 ms, then every 300 ms', async () => {
    const { check, times } = upstream(1000);
    await drain(pollUntil(check, options()));
    expect(times).toEqual([200, 450, 750, 1050]);
  });

  it('polls at once when asked to', async () => {
    const { check, times } = upstream(0);
    await drain(pollUntil(check, options({ schedule: every(100), pollImmediately: true })));
    expect(times).toEqual([0]);
  });

  it('measures intervals start to start, so a slow answer does not stretch the schedule', async () => {
    const times: number[] = [];
    const slow = async () => {
      times.push(Date.now());
      await delay(70);
      return times.length >= 3 ? 'done' : 'running';
    };
    await drain(pollUntil(slow, options({ schedule: every(100) })));
    expect(times).toEqual([100, 200, 300]);
  });

  it('passes the attempt number, the elapsed time and a live signal to each poll', async () => {
    const { check, polls } = upstream(200);
    await drain(pollUntil(check, options({ schedule: every(100) })));
    expect(polls.map(({ attempt, elapsedMs }) => ({ attempt, elapsedMs }))).toEqual([
      { attempt: 0, elapsedMs: 100 },
      { attempt: 1, elapsedMs: 200 },
    ]);
    expect(polls[0]?.signal.aborted).toBe(false);
  });

  it('ends with a TimeoutError (phase deadline) when the deadline passes during a wait', async () => {
    const { check } = upstream(Number.POSITIVE_INFINITY);
    const { values, error } = await drain(pollUntil(check, options({ schedule: every(100), deadlineMs: 450 })));
    expect(values).toHaveLength(4);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ phase: 'deadline', timeoutMs: 450 });
    expect(check).toHaveBeenCalledTimes(4);
  });

  it('reports the deadline, not the abort it caused, when the deadline cuts a poll short', async () => {
    const hanging = (context: PollContext) =>
      new Promise<string>((_, reject) => {
        context.signal.addEventListener('abort', () => reject(new AbortError('request aborted')), { once: true });
      });
    const { error } = await drain(pollUntil(hanging, options({ schedule: every(10), deadlineMs: 100 })));
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ phase: 'deadline' });
  });

  it('stops at once on abort during a wait, without another poll', async () => {
    const controller = new AbortController();
    const { check } = upstream(Number.POSITIVE_INFINITY);
    setTimeout(() => controller.abort(), 2100);
    const { values, error } = await drain(
      pollUntil(check, options({ schedule: every(1000), signal: controller.signal })),
      2500,
    );
    expect(values).toHaveLength(2);
    expect(AbortError.isInstance(error)).toBe(true);
    expect(check).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not start when the signal has already fired', async () => {
    const { check } = upstream(0);
    const { error } = await drain(
      pollUntil(check, options({ schedule: every(10), signal: AbortSignal.abort(), pollImmediately: true })),
    );
    expect(AbortError.isInstance(error)).toBe(true);
    expect(check).not.toHaveBeenCalled();
  });

  it('rethrows a failed poll unchanged', async () => {
    const failure = new ResponseError('boom', { upstreamStatus: 'FAILED' });
    const { error } = await drain(pollUntil(() => Promise.reject(failure), options({ schedule: every(10) })));
    expect(error).toBe(failure);
  });

  it('releases its timers when the caller stops iterating', async () => {
    const { check } = upstream(Number.POSITIVE_INFINITY);
    const run = (async () => {
      for await (const value of pollUntil(check, options({ schedule: every(10), deadlineMs: 60_000 }))) {
        if (value === 'running') break;
      }
    })();
    await vi.advanceTimersByTimeAsync(10);
    await run;
    expect(check).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects a deadline that is not positive', async () => {
    const { check } = upstream(0);
    const { error } = await drain(pollUntil(check, options({ deadlineMs: 0 })));
    expect(InvalidOptionsError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionsError).field).toBe('deadlineMs');
  });
});
