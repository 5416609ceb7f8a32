import { TimeoutError } from '../errors/timeout-error.js';
import { createDeadline } from '../signal/create-deadline.js';

/**
 * Runs `work` under an overall deadline merged with the caller's signal. When
 * the deadline ends the work, the caller gets a TimeoutError (phase
 * `deadline`) rather than whatever abort error the interrupted step raised.
 */
export async function runWithDeadline<T>(
  timeoutMs: number,
  signal: AbortSignal | undefined,
  work: (signal: AbortSignal, timeoutMs: number) => Promise<T>,
): Promise<T> {
  const deadline = createDeadline(timeoutMs, signal);
  try {
    return await work(deadline.signal, timeoutMs);
  } catch (error) {
    if (deadline.expired && !TimeoutError.isInstance(error)) throw deadline.signal.reason;
    throw error;
  } finally {
    deadline.dispose();
  }
}
