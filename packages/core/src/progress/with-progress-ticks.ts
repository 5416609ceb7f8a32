import { onAbort } from '../signal/on-abort.js';
import { toAbortError } from '../signal/throw-if-aborted.js';

/** One step of {@link withProgressTicks}: a tick while the work runs, then its result. */
export type ProgressStep<T> = { type: 'tick'; elapsedMs: number } | { type: 'done'; value: T; elapsedMs: number };

export interface ProgressTicksOptions {
  /** Time between two ticks, in ms. */
  intervalMs: number;
  /** Aborting rejects at once (AbortError, or the signal's typed reason such as a deadline's TimeoutError). */
  signal?: AbortSignal | undefined;
  /** Milliseconds from any fixed origin; default `performance.now`. */
  now?: () => number;
}

/**
 * Waits for `work` while yielding a tick every `intervalMs` (for status lines
 * such as "Generating 1.20s"), then yields its result. The work races the
 * tick timer: a result that arrives between ticks is yielded at once, never
 * held back until the next tick, and work that is already done yields no tick.
 *
 * Ticks keep a steady cadence measured from the start; a consumer that falls
 * behind gets one tick for the slots it missed, not a burst. A failure of
 * `work` is rethrown. The work itself is not cancelled here (a consumer that
 * stops early or an abort leaves it running): give it the same signal.
 */
export async function* withProgressTicks<T>(
  work: Promise<T>,
  options: ProgressTicksOptions,
): AsyncGenerator<ProgressStep<T>, void, undefined> {
  const { intervalMs, signal } = options;
  if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be a positive number, got ${intervalMs}`);
  const now = options.now ?? (() => performance.now());
  const started = now();
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  // Handled from the start, so a failure is never reported as unhandled even if nobody waits any more.
  const settled = work.then(
    (value) => {
      outcome = { ok: true, value };
    },
    (error: unknown) => {
      outcome = { ok: false, error };
    },
  );
  let slot = 1;
  while (true) {
    if (signal?.aborted) throw toAbortError(signal.reason);
    if (outcome === undefined) await untilSettledOrDue(settled, started + slot * intervalMs - now(), signal);
    const elapsedMs = now() - started;
    if (outcome !== undefined) {
      if (!outcome.ok) throw outcome.error;
      yield { type: 'done', value: outcome.value, elapsedMs };
      return;
    }
    yield { type: 'tick', elapsedMs };
    // The next slot still ahead of us: slots the consumer spent elsewhere are skipped.
    slot = Math.max(slot + 1, Math.floor((now() - started) / intervalMs) + 1);
  }
}

/** Resolves when `settled` does or after `waitMs`, whichever is first; rejects when the signal aborts. */
function untilSettledOrDue(settled: Promise<void>, waitMs: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const finish = (): void => {
      clearTimeout(timer);
      stopWaiting?.();
    };
    const timer = setTimeout(
      () => {
        finish();
        resolve();
      },
      Math.max(0, waitMs),
    );
    const stopWaiting =
      signal &&
      onAbort(signal, () => {
        finish();
        reject(toAbortError(signal.reason));
      });
    settled.then(() => {
      finish();
      resolve();
    });
  });
}
