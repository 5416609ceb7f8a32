import { ensureSignalState } from './signal-state.js';

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
  const state = ensureSignalState(signal);
  let waiting = state.waiting;
  if (waiting === undefined) {
    const created = new Set<() => void>();
    waiting = created;
    state.waiting = created;
    if (!state.selfNotifying) signal.addEventListener('abort', () => notify(created), { once: true });
  }
  // A wrapper of its own, so the same function registered twice is called twice and removed once.
  const entry = (): void => callback();
  const registered = waiting;
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
  const { signal } = controller;
  const state = ensureSignalState(signal);
  state.selfNotifying = true;
  return {
    signal,
    abort(reason: unknown) {
      if (signal.aborted) return;
      controller.abort(reason);
      if (state.waiting !== undefined) notify(state.waiting);
    },
  };
}

function notify(waiting: Set<() => void>): void {
  for (const waiter of waiting) waiter();
  waiting.clear();
}
