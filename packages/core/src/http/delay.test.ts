import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../errors/abort-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { delay } from './delay.js';

describe('delay', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves only once the time has passed', async () => {
    let done = false;
    const waiting = delay(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it('rejects with AbortError as soon as the signal aborts, and drops its timer', async () => {
    const controller = new AbortController();
    const waiting = delay(60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toSatisfy((error: unknown) => AbortError.isInstance(error));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(delay(60_000, AbortSignal.abort())).rejects.toSatisfy((error: unknown) =>
      AbortError.isInstance(error),
    );
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps a typed abort reason, such as a deadline's TimeoutError", async () => {
    const controller = new AbortController();
    const deadline = new TimeoutError('deadline passed', { timeoutMs: 5, phase: 'deadline' });
    const waiting = delay(60_000, controller.signal);
    controller.abort(deadline);
    await expect(waiting).rejects.toBe(deadline);
  });

  it('forgets a resolved wait: a later abort reaches nothing, and a thousand waits add one listener', async () => {
    const controller = new AbortController();
    const addListener = vi.spyOn(controller.signal, 'addEventListener');
    const waits = Array.from({ length: 1000 }, () => delay(10, controller.signal));
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(waits);
    expect(addListener).toHaveBeenCalledTimes(1);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
