import { G4FError, type G4FErrorOptions } from './g4f-error.js';

export type TimeoutPhase = 'request' | 'idle' | 'deadline';

/**
 * A time limit ran out: one request (`request`), the gap between two stream
 * events (`idle`), or the whole generation (`deadline`). Distinct from
 * {@link AbortError}, which means the caller gave up.
 */
export class TimeoutError extends G4FError {
  static override readonly kind: string = 'TimeoutError';
  readonly timeoutMs: number;
  readonly phase: TimeoutPhase;

  constructor(message: string, options: G4FErrorOptions & { timeoutMs: number; phase: TimeoutPhase }) {
    super(message, { ...options, isRetryable: options.isRetryable ?? options.phase !== 'deadline' });
    this.timeoutMs = options.timeoutMs;
    this.phase = options.phase;
  }
}
