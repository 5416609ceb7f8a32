import { describe, expect, it } from 'vitest';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { AbortError } from '../errors/abort-error.js';
import { MissingAuthError } from '../errors/missing-auth-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseStatusError } from '../errors/response-status-error.js';
import { defineMockProvider, mockErrorProvider, mockTextProvider } from '../testing/define-mock-provider.js';
import { RetryProvider } from './retry-provider.js';

async function collect(provider: RetryProvider, signal?: AbortSignal) {
  const chunks: ResponseChunk[] = [];
  for await (const chunk of provider.createAsyncGenerator('', [], signal ? { signal } : {})) chunks.push(chunk);
  return chunks;
}

function flaky(failures: Array<() => Error>) {
  let call = 0;
  return defineMockProvider({
    name: 'Flaky',
    respond: () => {
      const failure = failures[call++];
      if (failure) throw failure();
      return ['done'];
    },
  });
}

describe('RetryProvider', () => {
  it('behaves as a fallback list by default', async () => {
    const A = mockErrorProvider('A');
    const B = mockTextProvider('B', 'from B');
    const chunks = await collect(new RetryProvider([new A(), new B()]));
    expect(chunks.filter((chunk) => typeof chunk === 'string').join('')).toBe('from B');
  });

  it('retries one provider on retryable errors with backoff', async () => {
    const Flaky = flaky([
      () => new ResponseStatusError('x', { status: 503 }),
      () => new ResponseStatusError('x', { status: 502 }),
    ]);
    const started = Date.now();
    const chunks = await collect(
      new RetryProvider([new Flaky()], { singleProviderRetry: true, maxRetries: 3, initialDelayMs: 10, jitter: 0 }),
    );
    expect(chunks).toContain('done');
    expect(Flaky.calls).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('waits at least Retry-After before retrying', async () => {
    const Flaky = flaky([() => new RateLimitError('429', { retryAfterMs: 120 })]);
    const started = Date.now();
    await collect(new RetryProvider([new Flaky()], { singleProviderRetry: true, initialDelayMs: 1, jitter: 0 }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
    expect(Flaky.calls).toHaveLength(2);
  });

  it('does not retry a non-retryable error', async () => {
    const Flaky = flaky([() => new MissingAuthError('401')]);
    await expect(collect(new RetryProvider([new Flaky()], { singleProviderRetry: true }))).rejects.toSatisfy((error) =>
      MissingAuthError.isInstance(error),
    );
    expect(Flaky.calls).toHaveLength(1);
  });

  it('gives up after maxRetries with the last typed error', async () => {
    const Flaky = flaky([
      () => new ResponseStatusError('first', { status: 500 }),
      () => new ResponseStatusError('second', { status: 503 }),
    ]);
    const error = await collect(
      new RetryProvider([new Flaky()], { singleProviderRetry: true, maxRetries: 2, initialDelayMs: 1 }),
    ).catch((caught: unknown) => caught);
    expect(ResponseStatusError.isInstance(error) && error.status).toBe(503);
  });

  it('never retries after content has started', async () => {
    const Partial = defineMockProvider({
      name: 'Partial',
      async *respond() {
        yield 'partial';
        throw new ResponseStatusError('dropped', { status: 503 });
      },
    });
    await expect(
      collect(new RetryProvider([new Partial()], { singleProviderRetry: true, initialDelayMs: 1 })),
    ).rejects.toThrow('dropped');
    expect(Partial.calls).toHaveLength(1);
  });

  it('stops a backoff delay when the caller aborts', async () => {
    const controller = new AbortController();
    const Flaky = flaky([() => new RateLimitError('429', { retryAfterMs: 10_000 })]);
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    const error = await collect(
      new RetryProvider([new Flaky()], { singleProviderRetry: true, maxDelayMs: 60_000 }),
      controller.signal,
    ).catch((caught: unknown) => caught);
    expect(AbortError.isInstance(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(Flaky.calls).toHaveLength(1);
  });

  it('rejects an invalid maxRetries', () => {
    expect(() => new RetryProvider([], { maxRetries: 0 })).toThrow(/maxRetries/);
  });
});
