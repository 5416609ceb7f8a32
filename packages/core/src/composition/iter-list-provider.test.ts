import { describe, expect, it } from 'vitest';
import { ProviderInfo } from '../chunks/provider-info.js';
import { Reasoning } from '../chunks/reasoning.js';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { AbortError } from '../errors/abort-error.js';
import { MissingAuthError } from '../errors/missing-auth-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseStatusError } from '../errors/response-status-error.js';
import { RetryNoProviderError } from '../errors/retry-no-provider-error.js';
import { RetryProviderError } from '../errors/retry-provider-error.js';
import type { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import {
  defineMockProvider,
  mockAuthErrorProvider,
  mockEmptyProvider,
  mockErrorProvider,
  mockTextProvider,
} from '../testing/define-mock-provider.js';
import { IterListProvider } from './iter-list-provider.js';

async function collect(provider: AsyncGeneratorProvider, model = '', signal?: AbortSignal) {
  const chunks: ResponseChunk[] = [];
  for await (const chunk of provider.createAsyncGenerator(
    model,
    [{ role: 'user', content: 'hi' }],
    signal ? { signal } : {},
  )) {
    chunks.push(chunk);
  }
  return chunks;
}

function text(chunks: ResponseChunk[]): string {
  return chunks.filter((chunk): chunk is string => typeof chunk === 'string').join('');
}

function attempts(chunks: ResponseChunk[]): string[] {
  return chunks.filter((chunk): chunk is ProviderInfo => chunk instanceof ProviderInfo).map((info) => info.name);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('IterListProvider', () => {
  it('falls back to the next provider on error, with one ProviderInfo per attempt', async () => {
    const Failing = mockErrorProvider('Failing');
    const Working = mockTextProvider('Working', 'hello world');
    const chunks = await collect(new IterListProvider([new Failing(), new Working()]));
    expect(attempts(chunks)).toEqual(['Failing', 'Working']);
    expect(text(chunks)).toBe('hello world');
    expect(Working.calls).toHaveLength(1);
  });

  it('falls through a provider that ends without content (status-only reasoning is not content)', async () => {
    const Silent = defineMockProvider({ name: 'Silent', respond: () => [new Reasoning({ label: 'Waiting' })] });
    const Empty = mockEmptyProvider('Empty');
    const Working = mockTextProvider('Working', 'ok');
    const chunks = await collect(new IterListProvider([new Silent(), new Empty(), new Working()]));
    expect(attempts(chunks)).toEqual(['Silent', 'Empty', 'Working']);
    expect(text(chunks)).toBe('ok');
  });

  it('does not fail over once content has started, and never duplicates output', async () => {
    const Partial = defineMockProvider({
      name: 'Partial',
      async *respond() {
        yield 'half an ';
        throw new ResponseStatusError('connection dropped', { status: 502 });
      },
    });
    const Backup = mockTextProvider('Backup', 'other answer');
    const seen: ResponseChunk[] = [];
    const error = await rejection(
      (async () => {
        for await (const chunk of new IterListProvider([new Partial(), new Backup()]).createAsyncGenerator('', [])) {
          seen.push(chunk);
        }
      })(),
    );
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect(text(seen)).toBe('half an ');
    expect(Backup.calls).toHaveLength(0);
  });

  it('skips providers marked not working', async () => {
    const Broken = mockTextProvider('Broken', 'never', { working: false });
    const Working = mockTextProvider('Working', 'yes');
    const chunks = await collect(new IterListProvider([new Broken(), new Working()]));
    expect(attempts(chunks)).toEqual(['Working']);
    expect(Broken.calls).toHaveLength(0);
  });

  it('throws RetryNoProviderError when every provider ends empty', async () => {
    const A = mockEmptyProvider('A');
    const B = mockEmptyProvider('B');
    const error = await rejection(collect(new IterListProvider([new A(), new B()])));
    expect(RetryNoProviderError.isInstance(error)).toBe(true);
  });

  it('rethrows a single failure unchanged', async () => {
    const Only = mockAuthErrorProvider('Only');
    const error = await rejection(collect(new IterListProvider([new Only()])));
    expect(MissingAuthError.isInstance(error)).toBe(true);
  });

  it('keeps the type when every attempt was rate limited', async () => {
    const A = mockErrorProvider('A', () => new RateLimitError('A: HTTP 429', { retryAfterMs: 5000 }));
    const B = mockErrorProvider('B', () => new RateLimitError('B: HTTP 429', { retryAfterMs: 2000 }));
    const error = await rejection(collect(new IterListProvider([new A(), new B()])));
    expect(RateLimitError.isInstance(error)).toBe(true);
    if (!RateLimitError.isInstance(error)) return;
    expect(error.retryAfterMs).toBe(2000);
    expect(RetryProviderError.isInstance(error.cause)).toBe(true);
    expect((error.cause as RetryProviderError).attempts.map((attempt) => attempt.providerName)).toEqual(['A', 'B']);
  });

  it('aggregates mixed failures into RetryProviderError with every attempt', async () => {
    const A = mockErrorProvider('A', () => new RateLimitError('A: HTTP 429'));
    const B = mockAuthErrorProvider('B');
    const error = await rejection(collect(new IterListProvider([new A(), new B()])));
    expect(RetryProviderError.isInstance(error)).toBe(true);
    if (!RetryProviderError.isInstance(error)) return;
    expect(error.attempts).toHaveLength(2);
    expect(error.message).toContain('A: RateLimitError');
    expect(error.message).toContain('B: MissingAuthError');
  });

  it('does not fall back after an abort', async () => {
    const controller = new AbortController();
    const Aborting = defineMockProvider({
      name: 'Aborting',
      respond: () => {
        controller.abort();
        throw new AbortError();
      },
    });
    const Backup = mockTextProvider('Backup');
    const error = await rejection(collect(new IterListProvider([new Aborting(), new Backup()]), '', controller.signal));
    expect(AbortError.isInstance(error)).toBe(true);
    expect(Backup.calls).toHaveLength(0);
  });

  it("resolves each provider's alias and reports the resolved model", async () => {
    const A = mockErrorProvider('A', undefined, { models: ['m'], modelAliases: { fast: 'm-fast' } });
    const B = defineMockProvider({
      name: 'B',
      models: ['b-fast'],
      modelAliases: { fast: 'b-fast' },
      respond: ({ model }) => [model],
    });
    const chunks = await collect(new IterListProvider([new A(), new B()]), 'fast');
    const infos = chunks.filter((chunk): chunk is ProviderInfo => chunk instanceof ProviderInfo);
    expect(infos.map((info) => info.model)).toEqual(['m-fast', 'b-fast']);
    expect(text(chunks)).toBe('b-fast');
    expect(A.calls[0]?.model).toBe('m-fast');
  });

  it('shuffles on each call when asked', async () => {
    const A = mockTextProvider('A', 'a');
    const B = mockTextProvider('B', 'b');
    const list = new IterListProvider([new A(), new B()], { shuffle: true, random: () => 0 });
    expect(attempts(await collect(list))).toEqual(['B']);
  });
});
