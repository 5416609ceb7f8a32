import { AbortError, ConnectionError, RateLimitError, TimeoutError } from '@g4f-kit/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});
beforeEach(() => {
  stack.emulator.faults.clear();
  stack.emulator.configure({ artaGenerationTimeMs: 50, gradioGenerationTimeMs: 50 });
  stack.emulator.resetCounters();
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('resilience, end to end', () => {
  it('falls back from a failing provider to a working one through the registry', async () => {
    stack.emulator.faults.set('arta.submit', { status: 503 });
    const result = await stack.client.images.generate({
      provider: 'ARTA FluxDev',
      model: 'flux',
      prompt: 'fallback',
      responseFormat: 'url',
    });
    expect(result.provider).toBe('FluxDev');
    expect(stack.emulator.counters['arta.submit']).toBeGreaterThanOrEqual(1);
  });

  it('a 429 surfaces as RateLimitError carrying Retry-After', async () => {
    stack.emulator.faults.set('arta.submit', { status: 429, retryAfterSeconds: 7 });
    const error = await failure(stack.client.images.generate({ provider: 'ARTA', prompt: 'busy' }));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
  });

  it('every fallback rate limited is still a RateLimitError (not a generic failure)', async () => {
    stack.emulator.faults.set('arta.submit', { status: 429, retryAfterSeconds: 3 });
    stack.emulator.faults.set('gradio.data', { gpuQuota: true });
    const error = await failure(
      stack.client.images.generate({ provider: 'ARTA FluxDev', model: 'flux', prompt: 'busy everywhere' }),
    );
    expect(RateLimitError.isInstance(error)).toBe(true);
  });

  it('a GPU-quota message from a space is a RateLimitError', async () => {
    stack.emulator.faults.set('gradio.data', { gpuQuota: true });
    const error = await failure(stack.client.images.generate({ provider: 'FluxDev', prompt: 'quota' }));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as Error).message).not.toContain('<a ');
  });

  it('a connection reset mid-stream is a typed, retryable error', async () => {
    stack.emulator.faults.set('gradio.data', { resetMidStream: true });
    const error = await failure(stack.client.images.generate({ provider: 'FluxDev', prompt: 'reset' }));
    expect(ConnectionError.isInstance(error)).toBe(true);
    expect((error as ConnectionError).isRetryable).toBe(true);
  });

  it('an abort during ARTA polling stops promptly and makes no further request', async () => {
    stack.emulator.configure({ artaGenerationTimeMs: 10_000 });
    const controller = new AbortController();
    const pending = stack.client.images.generate({ provider: 'ARTA', prompt: 'abort me', signal: controller.signal });
    await waitFor(() => (stack.emulator.counters['arta.status'] ?? 0) >= 1);
    const abortedAt = Date.now();
    controller.abort();
    const error = await failure(pending);
    expect(AbortError.isInstance(error)).toBe(true);
    expect(Date.now() - abortedAt).toBeLessThan(1_000);
    const polls = stack.emulator.counters['arta.status'];
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(stack.emulator.counters['arta.status']).toBe(polls);
  });

  it('an abort mid-stream ends a Gradio generation', async () => {
    stack.emulator.configure({ gradioGenerationTimeMs: 10_000 });
    const controller = new AbortController();
    const pending = stack.client.images.generate({ provider: 'FluxDev', prompt: 'abort', signal: controller.signal });
    await waitFor(() => (stack.emulator.counters['gradio.data'] ?? 0) >= 1);
    controller.abort();
    expect(AbortError.isInstance(await failure(pending))).toBe(true);
  });

  it('the overall deadline ends a generation with a TimeoutError', async () => {
    stack.emulator.configure({ artaGenerationTimeMs: 10_000 });
    const started = Date.now();
    const error = await failure(stack.client.images.generate({ provider: 'ARTA', prompt: 'slow', timeoutMs: 400 }));
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).phase).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a hung upstream is bounded by the deadline too', async () => {
    stack.emulator.faults.set('arta.submit', { hang: true });
    const error = await failure(stack.client.images.generate({ provider: 'ARTA', prompt: 'hung', timeoutMs: 300 }));
    expect(TimeoutError.isInstance(error)).toBe(true);
  });
});

describe('upstream economy, end to end', () => {
  it('100 concurrent ARTA generations on an empty auth store share one sign-up', async () => {
    const fresh = await startStack();
    try {
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          fresh.client.images.generate({ provider: 'ARTA', prompt: `image ${index}`, responseFormat: 'url' }),
        ),
      );
      expect(results.every((result) => result.data.length === 1)).toBe(true);
      expect(fresh.emulator.counters['firebase.signUp']).toBe(1);
      expect(fresh.emulator.counters['arta.submit']).toBe(100);
    } finally {
      await fresh.close();
    }
  }, 30_000);

  it('concurrent Gradio generations share one ZeroGPU token fetch per space', async () => {
    const fresh = await startStack();
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          fresh.client.images.generate({ provider: 'FluxDev', prompt: `flux ${index}`, responseFormat: 'url' }),
        ),
      );
      expect(fresh.emulator.counters['hf.page']).toBe(1);
      expect(fresh.emulator.counters['gradio.join']).toBe(20);
    } finally {
      await fresh.close();
    }
  }, 30_000);
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
