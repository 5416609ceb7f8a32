/** What g4f-kit keeps on an AbortSignal it waits on or made. */
export interface SignalState {
  /** Callbacks waiting for the abort (see onAbort). */
  waiting: Set<() => void> | undefined;
  /** The signal's controller calls `waiting` itself, so the signal needs no 'abort' listener. */
  selfNotifying: boolean;
  /** When a deadline made the signal: when it expires, and whether it did. */
  deadline: { readonly expiresAt: number; expired: boolean } | undefined;
}

/**
 * One property on the signal holds all of it: a WeakMap would make every
 * short-lived signal an ephemeron for the garbage collector to trace, and
 * a property per field would reshape Node's AbortSignal objects once per field.
 */
const STATE = Symbol('g4f-kit.signal-state');

type WithState = AbortSignal & { [STATE]?: SignalState };

export function signalState(signal: AbortSignal): SignalState | undefined {
  return (signal as WithState)[STATE];
}

/** The signal's state, added on first use. */
export function ensureSignalState(signal: AbortSignal): SignalState {
  const target = signal as WithState;
  let state = target[STATE];
  if (state === undefined) {
    state = { waiting: undefined, selfNotifying: false, deadline: undefined };
    target[STATE] = state;
  }
  return state;
}
