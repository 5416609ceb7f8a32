import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../errors/abort-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { type ProgressStep, withProgressTicks } from './with-progress-ticks.js';

const now = () => Date.now();

/** Collects every step, moving the fake clock along whenever the generator waits. */
async function drive<T>(steps: AsyncGenerator<ProgressStep<T>>): Promise<ProgressStep<T>[]> {
  const collected: ProgressStep<T>[] = [];
  const pending = (async () => {
    for await (const step of steps) collected.push(step);
  })();
  let done = false;
  pending.finally(() => (done = true)).catch(() => {});
  while (!done) await vi.advanceTimersByTimeAsync(10);
  await pending;
  return collected;
}

function resolveAfter<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withProgressTicks', () => {
  it('ticks at a steady cadence while the work runs, then yields its result', async () => {
    const steps = await drive(withProgressTicks(resolveAfter(650, 'image'), { intervalMs: 200, now }));
    expect(steps.map((step) => step.type)).toEqual(['tick', 'tick', 'tick', 'done']);
    expect(steps.slice(0, 3).map((step) => step.elapsedMs)).toEqual([200, 400, 600]);
    expect(steps[3]).toEqual({ type: 'done', value: 'image', elapsedMs: 650 });
  });

  it('yields work that is already done at once, with no tick', async () => {
    const steps = withProgressTicks(Promise.resolve(42), { intervalMs: 200, now });
    const first = await steps.next();
    expect(first.value).toEqual({ type: 'done', value: 42, elapsedMs: 0 });
    expect((await steps.next()).done).toBe(true);
  });

  it('does not hold a result back until the next tick', async () => {
    const steps = await drive(withProgressTicks(resolveAfter(230, 'fast'), { intervalMs: 200, now }));
    expect(steps.at(-1)).toEqual({ type: 'done', value: 'fast', elapsedMs: 230 });
  });

  it('collapses the slots a slow consumer missed into one tick', async () => {
    const steps = withProgressTicks(resolveAfter(2_000, 'x'), { intervalMs: 100, now });
    expect((await advanceUntil(steps.next())).value).toMatchObject({ type: 'tick', elapsedMs: 100 });
    await vi.advanceTimersByTimeAsync(550); // the consumer is busy for 5.5 slots
    expect((await advanceUntil(steps.next())).value).toMatchObject({ type: 'tick', elapsedMs: 700 });
    await steps.return();
  });

  it('rethrows the failure of the work', async () => {
    const failing = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('boom')), 250));
    const steps = withProgressTicks(failing, { intervalMs: 100, now });
    await expect(drive(steps)).rejects.toThrow('boom');
  });

  it('rejects with AbortError when the signal aborts, keeping a typed reason', async () => {
    const controller = new AbortController();
    const steps = withProgressTicks(new Promise(() => {}), { intervalMs: 100, signal: controller.signal, now });
    const next = steps.next();
    controller.abort();
    await expect(next).rejects.toSatisfy((error) => AbortError.isInstance(error));

    const deadline = new AbortController();
    const reason = new TimeoutError('too slow', { timeoutMs: 5, phase: 'deadline' });
    deadline.abort(reason);
    await expect(
      withProgressTicks(Promise.resolve(1), { intervalMs: 100, signal: deadline.signal }).next(),
    ).rejects.toBe(reason);
  });

  it('rejects a non-positive interval', async () => {
    await expect(withProgressTicks(Promise.resolve(1), { intervalMs: 0 }).next()).rejects.toThrow(RangeError);
  });
});

async function advanceUntil<T>(promise: Promise<T>): Promise<T> {
  let settled = false;
  promise.finally(() => (settled = true)).catch(() => {});
  while (!settled) await vi.advanceTimersByTimeAsync(10);
  return promise;
}
