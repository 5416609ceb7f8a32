import { describe, expect, it, vi } from 'vitest';
import { createSelfNotifyingController, onAbort } from './on-abort.js';

describe('onAbort', () => {
  it('calls each waiter once, in order, behind a single listener on the signal', () => {
    const controller = new AbortController();
    const addListener = vi.spyOn(controller.signal, 'addEventListener');
    const calls: string[] = [];
    onAbort(controller.signal, () => calls.push('first'));
    onAbort(controller.signal, () => calls.push('second'));
    controller.abort();
    controller.abort();
    expect(calls).toEqual(['first', 'second']);
    expect(addListener).toHaveBeenCalledTimes(1);
  });

  it('does not call a waiter that stopped waiting, and calls one function registered twice twice', () => {
    const controller = new AbortController();
    const gone = vi.fn();
    const twice = vi.fn();
    const stop = onAbort(controller.signal, gone);
    onAbort(controller.signal, twice);
    const stopOne = onAbort(controller.signal, twice);
    onAbort(controller.signal, twice);
    stop();
    stopOne();
    controller.abort();
    expect(gone).not.toHaveBeenCalled();
    expect(twice).toHaveBeenCalledTimes(2);
  });

  it("reaches the waiters of a self-notifying controller's signal without any listener, after the signal's own", () => {
    const controller = createSelfNotifyingController();
    const addListener = vi.spyOn(controller.signal, 'addEventListener');
    const calls: string[] = [];
    onAbort(controller.signal, () => calls.push(`waiter saw aborted=${controller.signal.aborted}`));
    expect(addListener).not.toHaveBeenCalled();
    controller.signal.onabort = () => calls.push('listener');
    const reason = new Error('stop');
    controller.abort(reason);
    controller.abort(new Error('again'));
    expect(controller.signal.reason).toBe(reason);
    expect(calls).toEqual(['listener', 'waiter saw aborted=true']);
  });
});
