import { G4FError } from '../errors/g4f-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { isTransportFailure, toConnectionError } from './to-connection-error.js';

export interface RequestErrorContext {
  callerSignal?: AbortSignal | undefined;
  /** Aborts with a TimeoutError reason when this attempt's limit runs out. */
  timeoutSignal?: AbortSignal | undefined;
  /** Already stripped of its query string. */
  url: string;
  operation?: string | undefined;
}

/**
 * Names what went wrong with one attempt. Order matters: an abort by the
 * caller wins over everything (AbortError, or the signal's typed reason such
 * as a deadline's TimeoutError; never retried), then our own time limit, then
 * errors that are already typed, then transport failures. Anything else is a
 * bug and is returned unchanged.
 */
export function classifyRequestError(error: unknown, context: RequestErrorContext): unknown {
  if (context.callerSignal?.aborted) return toAbortError(context.callerSignal?.reason, context.operation);
  const timeoutReason: unknown = context.timeoutSignal?.aborted ? context.timeoutSignal.reason : undefined;
  if (TimeoutError.isInstance(timeoutReason)) return timeoutReason;
  if (G4FError.isInstance(error)) return error;
  if (isTransportFailure(error)) return toConnectionError(error, context);
  return error;
}
