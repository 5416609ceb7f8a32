/**
 * The callbacks waiting on a signal, kept on the signal itself (a WeakMap
 * would make every short-lived signal an ephemeron for the garbage collector
 * to trace).
 */
const WAITING = Symbol('g4f-kit.abort-waiters');
/** Marks a signal whose controller calls its waiters itself: it needs no 'abort' listener. */
const SELF_NOTIFYING = Symbol('g4f-kit.self-notifying');

type WatchedSignal = AbortSignal & { [WAITING]?: Set<() => void>; [SELF_NOTIFYING]?: true };

/**
 * Calls `callback` once when `signal` aborts, and returns the function that
 * stops waiting. Check `signal.aborted` first: an already aborted signal
 * never calls back.
 *
 * Every request attempt, poll delay and stream waits on the generation's
 * signal, and on Node 20 each `addEventListener`/`removeEventListener` pair on
 * an AbortSignal costs about 2 µs: here a signal gets at most one listener
 * for all of them (none for a {@link createSelfNotifyingController} signal),
 * and each wait is a Set entry.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  const target = signal as WatchedSignal;
  let callbacks = target[WAITING];
  if (callbacks === undefined) {
    const created = new Set<() => void>();
    callbacks = created;
    target[WAITING] = created;
    if (target[SELF_NOTIFYING] !== true) signal.addEventListener('abort', () => notify(created), { once: true });
  }
  // A wrapper of its own, so the same function registered twice is called twice and removed once.
  const entry = (): void => callback();
  const registered = callbacks;
  registered.add(entry);
  return () => {
    registered.delete(entry);
  };
}

/**
 * An AbortController whose `abort()` calls the {@link onAbort} waiters of its
 * signal directly, after the signal's own listeners, so waiting on it never
 * touches EventTarget. For signals that only their creator can abort (a
 * deadline's).
 */
export function createSelfNotifyingController(): { signal: AbortSignal; abort(reason: unknown): void } {
  const controller = new AbortController();
  const signal = controller.signal as WatchedSignal;
  signal[SELF_NOTIFYING] = true;
  return {
    signal,
    abort(reason: unknown) {
      if (signal.aborted) return;
      controller.abort(reason);
      const waiting = signal[WAITING];
      if (waiting !== undefined) notify(waiting);
    },
  };
}

function notify(waiting: Set<() => void>): void {
  for (const waiter of waiting) waiter();
  waiting.clear();
}
