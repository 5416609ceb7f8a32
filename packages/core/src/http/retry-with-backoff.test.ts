import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseStatusError } from '../errors/response-status-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { type RetryInfo, retryWithBackoff } from './retry-with-backoff.js';

const noJitter = { jitter: 0 };

function failingThen<T>(errors: unknown[], value: T): (attempt: number) => Promise<T> {
  return vi.fn(async (attempt: number) => {
    const error = errors[attempt];
    if (error !== undefined) throw error;
    return value;
  });
}

describe('retryWithBackoff', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries a retryable error and passes the attempt number', async () => {
    const fn = failingThen([new ConnectionError('reset')], 'ok');
    const result = retryWithBackoff(fn, { ...noJitter, initialDelayMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toBe('ok');
    expect(fn).toHaveBeenNthCalledWith(1, 0);
    expect(fn).toHaveBeenNthCalledWith(2, 1);
  });

  it('waits initialDelayMs × factor^n, capped at maxDelayMs', async () => {
    const delays: number[] = [];
    const error = new ResponseStatusError('HTTP 503', { status: 503 });
    const result = retryWithBackoff(failingThen([error, error, error, error], 'ok'), {
      ...noJitter,
      maxRetries: 4,
      initialDelayMs: 100,
      factor: 3,
      maxDelayMs: 1000,
      onRetry: (info: RetryInfo) => delays.push(info.delayMs),
    });
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe('ok');
    expect(delays).toEqual([100, 300, 900, 1000]);
  });

  it('spreads the delay by the jitter fraction', async () => {
    const delays: number[] = [];
    const errors = [new ConnectionError('a'), new ConnectionError('b')];
    const randoms = [0, 1];
    const result = retryWithBackoff(failingThen(errors, 'ok'), {
      initialDelayMs: 1000,
      factor: 1,
      jitter: 0.2,
      random: () => randoms.shift() ?? 0.5,
      onRetry: ({ delayMs }) => delays.push(delayMs),
    });
    await vi.runAllTimersAsync();
    await result;
    expect(delays).toEqual([800, 1200]);
  });

  it('does not retry an error that is not retryable', async () => {
    const badRequest = new ResponseStatusError('HTTP 400', { status: 400 });
    const fn = failingThen([badRequest], 'ok');
    await expect(retryWithBackoff(fn)).rejects.toBe(badRequest);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not retry plain errors, which say nothing about retrying', async () => {
    const fn = failingThen([new TypeError('bug')], 'ok');
    await expect(retryWithBackoff(fn)).rejects.toThrow('bug');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never retries an AbortError, even one marked retryable', async () => {
    const abort = new AbortError();
    Object.defineProperty(abort, 'isRetryable', { value: true });
    const fn = failingThen([abort], 'ok');
    await expect(retryWithBackoff(fn)).rejects.toBe(abort);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('rethrows the last error unchanged once the retries are used up', async () => {
    const errors = [
      new ConnectionError('1'),
      new ConnectionError('2'),
      new TimeoutError('3', { timeoutMs: 1, phase: 'request' }),
    ];
    const fn = failingThen(errors, 'ok');
    const result = retryWithBackoff(fn, { maxRetries: 2, initialDelayMs: 10 });
    const settled = expect(result).rejects.toBe(errors[2]);
    await vi.runAllTimersAsync();
    await settled;
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('with maxRetries 0 tries once', async () => {
    const error = new ConnectionError('reset');
    const fn = failingThen([error], 'ok');
    await expect(retryWithBackoff(fn, { maxRetries: 0 })).rejects.toBe(error);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("waits for a rate limit's Retry-After when it is longer than the backoff", async () => {
    const fn = failingThen([new RateLimitError('HTTP 429', { retryAfterMs: 2000 })], 'ok');
    const result = retryWithBackoff(fn, { ...noJitter, initialDelayMs: 100 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('ok');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('keeps the backoff when it is longer than Retry-After', async () => {
    const delays: number[] = [];
    const fn = failingThen([new RateLimitError('HTTP 429', { retryAfterMs: 10 })], 'ok');
    const result = retryWithBackoff(fn, {
      ...noJitter,
      initialDelayMs: 500,
      onRetry: ({ delayMs }) => delays.push(delayMs),
    });
    await vi.runAllTimersAsync();
    await result;
    expect(delays).toEqual([500]);
  });

  it('gives up at once when Retry-After is beyond maxRetryAfterMs', async () => {
    const limited = new RateLimitError('HTTP 429', { retryAfterMs: 120_000 });
    const fn = failingThen([limited], 'ok');
    await expect(retryWithBackoff(fn, { maxRetryAfterMs: 60_000 })).rejects.toBe(limited);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('rejects with AbortError when the signal aborts during the backoff, without another attempt', async () => {
    const controller = new AbortController();
    const fn = failingThen([new ConnectionError('1'), new ConnectionError('2')], 'ok');
    const result = retryWithBackoff(fn, { initialDelayMs: 10_000, signal: controller.signal });
    const settled = expect(result).rejects.toSatisfy((error: unknown) => AbortError.isInstance(error));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await settled;
    await vi.runAllTimersAsync();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not call fn when the signal is already aborted', async () => {
    const fn = failingThen([], 'ok');
    await expect(retryWithBackoff(fn, { signal: AbortSignal.abort() })).rejects.toSatisfy((error: unknown) =>
      AbortError.isInstance(error),
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it('reports each retry to onRetry', async () => {
    const infos: RetryInfo[] = [];
    const first = new ConnectionError('reset');
    const result = retryWithBackoff(failingThen([first], 'ok'), {
      ...noJitter,
      initialDelayMs: 50,
      onRetry: (info) => infos.push(info),
    });
    await vi.runAllTimersAsync();
    await result;
    expect(infos).toEqual([{ attempt: 1, delayMs: 50, error: first }]);
  });

  it.each([
    [{ maxRetries: -1 }, 'retry.maxRetries'],
    [{ maxRetries: 1.5 }, 'retry.maxRetries'],
    [{ maxRetries: Number.NaN }, 'retry.maxRetries'],
    [{ initialDelayMs: -5 }, 'retry.initialDelayMs'],
    [{ factor: 0.5 }, 'retry.factor'],
    [{ jitter: 2 }, 'retry.jitter'],
  ])('rejects invalid options %j naming the field', async (options, field) => {
    const fn = failingThen([], 'ok');
    const error = await retryWithBackoff(fn, options).catch((caught: unknown) => caught);
    expect(InvalidOptionsError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionsError).field).toBe(field);
    expect(fn).not.toHaveBeenCalled();
  });
});
