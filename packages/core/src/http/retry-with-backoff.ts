import { AbortError } from '../errors/abort-error.js';
import { G4FError } from '../errors/g4f-error.js';
import { InvalidOptionsError, type OptionIssue } from '../errors/invalid-options-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { delay } from './delay.js';

export interface RetryInfo {
  /** The attempt about to run: 1 for the first retry. */
  attempt: number;
  delayMs: number;
  /** What the previous attempt threw. */
  error: unknown;
}

export interface RetryOptions {
  /** Retries after the first attempt; 0 means try once. Default 2. */
  maxRetries?: number;
  /** Default 500. */
  initialDelayMs?: number;
  /** Upper bound of the exponential backoff (before Retry-After). Default 10 000. */
  maxDelayMs?: number;
  /** Default 2. */
  factor?: number;
  /** Spread each delay by ± this fraction, so clients do not retry in lockstep. Default 0.2. */
  jitter?: number;
  /** A longer Retry-After than this is not waited for: the error is rethrown. Default 60 000. */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  onRetry?: (info: RetryInfo) => void;
  /** Source of randomness for the jitter; tests pass a constant. */
  random?: () => number;
}

interface RetrySettings {
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
  jitter: number;
  maxRetryAfterMs: number;
  random: () => number;
}

/**
 * Calls `fn` until it succeeds, retrying only errors that say they are
 * retryable ({@link G4FError.isRetryable}) and never an abort. `fn` gets the
 * attempt number, 0 first. The last error is rethrown unchanged, so callers
 * still see its type (RateLimitError, TimeoutError, …).
 */
export async function retryWithBackoff<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const settings = resolveRetrySettings(options);
  const { signal } = options;
  for (let attempt = 0; ; attempt += 1) {
    if (signal?.aborted) throw toAbortError(signal?.reason);
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= settings.maxRetries || !isRetryable(error)) throw error;
      const delayMs = retryDelayMs(error, attempt, settings);
      if (delayMs === undefined) throw error;
      options.onRetry?.({ attempt: attempt + 1, delayMs, error });
      await delay(delayMs, signal);
    }
  }
}

function isRetryable(error: unknown): boolean {
  return G4FError.isInstance(error) && error.isRetryable && !AbortError.isInstance(error);
}

/** Backoff with jitter, stretched to the upstream's Retry-After; undefined when that is too long to wait. */
function retryDelayMs(error: unknown, retryIndex: number, settings: RetrySettings): number | undefined {
  const exponential = Math.min(settings.maxDelayMs, settings.initialDelayMs * settings.factor ** retryIndex);
  const spread = 1 + settings.jitter * (2 * settings.random() - 1);
  const backoff = Math.round(Math.min(settings.maxDelayMs, exponential * spread));
  if (!RateLimitError.isInstance(error) || error.retryAfterMs === undefined) return backoff;
  if (error.retryAfterMs > settings.maxRetryAfterMs) return undefined;
  return Math.max(backoff, error.retryAfterMs);
}

function resolveRetrySettings(options: RetryOptions): RetrySettings {
  const settings: RetrySettings = {
    maxRetries: options.maxRetries ?? 2,
    initialDelayMs: options.initialDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 10_000,
    factor: options.factor ?? 2,
    jitter: options.jitter ?? 0.2,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    random: options.random ?? Math.random,
  };
  const issues = retrySettingsIssues(settings);
  if (issues !== undefined) throw new InvalidOptionsError(issues);
  return settings;
}

const NON_NEGATIVE_FIELDS = ['initialDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const;

/** What is wrong with the settings; undefined when nothing is (checked per request: no allocation then). */
function retrySettingsIssues(settings: RetrySettings): OptionIssue[] | undefined {
  let issues: OptionIssue[] | undefined;
  const invalid = (field: keyof RetryOptions, message: string): void => {
    issues ??= [];
    issues.push({ field: `retry.${field}`, message });
  };
  if (!Number.isInteger(settings.maxRetries) || settings.maxRetries < 0) {
    invalid('maxRetries', `must be a non-negative integer (got ${settings.maxRetries})`);
  }
  for (const field of NON_NEGATIVE_FIELDS) {
    const value = settings[field];
    if (!(value >= 0)) invalid(field, `must be a non-negative number (got ${value})`);
  }
  if (!(settings.factor >= 1 && Number.isFinite(settings.factor))) {
    invalid('factor', `must be a finite number >= 1 (got ${settings.factor})`);
  }
  if (!(settings.jitter >= 0 && settings.jitter <= 1)) {
    invalid('jitter', `must be between 0 and 1 (got ${settings.jitter})`);
  }
  return issues;
}
