import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError } from '../errors/timeout-error.js';
import { createDeadline } from './create-deadline.js';
import { onAbort } from './on-abort.js';

describe('createDeadline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts with a TimeoutError of phase deadline when the time is up, and says it expired', () => {
    const deadline = createDeadline(1500);
    vi.advanceTimersByTime(1499);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    const reason = deadline.signal.reason as TimeoutError;
    expect(TimeoutError.isInstance(reason)).toBe(true);
    expect(reason.phase).toBe('deadline');
    expect(reason.message).toBe('Generation did not finish within 1.50s');
    expect(deadline.expired).toBe(true);
  });

  it("follows the caller's signal with the caller's reason, without calling that an expiry", () => {
    const caller = new AbortController();
    const deadline = createDeadline(60_000, caller.signal);
    const reason = new Error('user cancelled');
    caller.abort(reason);
    expect(deadline.signal.reason).toBe(reason);
    expect(deadline.expired).toBe(false);
  });

  it('stops its timer and stops following the caller once disposed', () => {
    const caller = new AbortController();
    const deadline = createDeadline(1000, caller.signal);
    deadline.dispose();
    vi.advanceTimersByTime(5000);
    caller.abort();
    expect(deadline.signal.aborted).toBe(false);
  });

  it('reuses an enclosing deadline that ends no later, and reports its expiry', () => {
    const outer = createDeadline(1000);
    const inner = createDeadline(1000, outer.signal);
    const looser = createDeadline(undefined, outer.signal);
    expect(inner.signal).toBe(outer.signal);
    expect(looser.signal).toBe(outer.signal);
    inner.dispose();
    const waiter = vi.fn();
    onAbort(inner.signal, waiter);
    vi.advanceTimersByTime(1000);
    expect(waiter).toHaveBeenCalledTimes(1);
    expect(inner.expired).toBe(true);
    expect((inner.signal.reason as TimeoutError).phase).toBe('deadline');
  });

  it('makes a signal of its own inside a looser deadline, which fires first', () => {
    const outer = createDeadline(10_000);
    const inner = createDeadline(1000, outer.signal);
    expect(inner.signal).not.toBe(outer.signal);
    vi.advanceTimersByTime(1000);
    expect(inner.expired).toBe(true);
    expect(outer.signal.aborted).toBe(false);
    outer.dispose();
  });

  it('is aborted at once under an already aborted caller', () => {
    const caller = new AbortController();
    caller.abort('gone');
    const deadline = createDeadline(1000, caller.signal);
    expect(deadline.signal.reason).toBe('gone');
    vi.advanceTimersByTime(1000);
    expect(deadline.expired).toBe(false);
  });
});
