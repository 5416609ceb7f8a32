import { ResponseStatusError, RateLimitError as UpstreamRateLimitError } from '@g4f-kit/core';
import {
  defineMockProvider,
  mockErrorProvider,
  mockImageProvider,
  mockTextProvider,
  ONE_PIXEL_PNG,
} from '@g4f-kit/core/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './__fixtures__/test-runtime.js';
import { type StartedServer, startServer } from './start-server.js';

const API_KEY = 'contract-test-key';
const PNG_BASE64 = ONE_PIXEL_PNG.split(',')[1] as string;

/** The official `openai` client (v6) against the server on a real socket, with mock providers. */
describe('contract: the official openai client', () => {
  let test: TestRuntime;
  let started: StartedServer;
  let client: OpenAI;

  beforeAll(async () => {
    test = await createTestRuntime([
      mockImageProvider('Painter', { label: 'Painter Images' }),
      mockTextProvider('Talker', 'Hello from the contract test', { models: ['mock-chat'] }),
      mockErrorProvider(
        'Limited',
        () => new UpstreamRateLimitError('Limited: quota exhausted', { retryAfterMs: 1000 }),
        {
          defaultModel: 'limited-model',
          models: ['limited-model'],
        },
      ),
      defineMockProvider({
        name: 'Breaks',
        defaultModel: 'breaks-midway',
        models: ['breaks-midway'],
        respond: async function* () {
          yield 'half an answer';
          throw new ResponseStatusError('Breaks: HTTP 500 mid-stream', { status: 500 });
        },
      }),
    ]);
    started = await startServer({ runtime: test.runtime, host: '127.0.0.1', port: 0, apiKey: API_KEY });
    client = new OpenAI({ baseURL: `${started.url}/v1`, apiKey: API_KEY, maxRetries: 0, timeout: 10_000 });
  });
  afterAll(async () => {
    await started?.close();
    await test?.cleanup();
  });

  it('images.generate with b64_json', async () => {
    const result = await client.images.generate({
      prompt: 'a red square',
      model: 'mock-image',
      response_format: 'b64_json',
    });
    expect(result.created).toBeTypeOf('number');
    expect(result.data?.[0]?.b64_json).toBe(PNG_BASE64);
  });

  it('images.generate without response_format answers b64_json', async () => {
    const result = await client.images.generate({ prompt: 'a blue square', n: 2, size: '256x256' });
    expect(result.data).toHaveLength(2);
    expect(result.data?.every((image) => image.b64_json === PNG_BASE64)).toBe(true);
  });

  it('images.generate with url, and the URL serves the image', async () => {
    const result = await client.images.generate({ prompt: 'a green square', response_format: 'url', quality: 'hd' });
    const url = result.data?.[0]?.url as string;
    expect(url.startsWith(`${started.url}/media/`)).toBe(true);
    const image = await fetch(url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).toString('base64')).toBe(PNG_BASE64);
  });

  it('models.list and models.retrieve', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['mock-image', 'mock-chat', 'limited-model', 'Painter', 'Talker']));
    const model = await client.models.retrieve('mock-image');
    expect(model).toMatchObject({ id: 'mock-image', object: 'model', owned_by: 'Painter Images' });
    expect((await client.models.retrieve('Painter:mock-image')).id).toBe('Painter:mock-image');
  });

  it('chat.completions.create, streaming: collects the deltas', async () => {
    const stream = await client.chat.completions.create({
      model: 'mock-chat',
      messages: [{ role: 'user', content: 'Say hello' }],
      stream: true,
    });
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(text).toBe('Hello from the contract test');
    expect(finish).toBe('stop');
  });

  it('chat.completions.create, not streaming', async () => {
    const completion = await client.chat.completions.create({
      model: 'mock-chat',
      messages: [
        { role: 'system', content: 'Be kind' },
        { role: 'user', content: 'Say hello' },
      ],
      temperature: 0.5,
    });
    expect(completion.choices[0]?.message).toMatchObject({
      role: 'assistant',
      content: 'Hello from the contract test',
    });
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('an error mid-stream surfaces as an APIError while iterating', async () => {
    const stream = await client.chat.completions.create({
      model: 'breaks-midway',
      messages: [{ role: 'user', content: 'go' }],
      stream: true,
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chunk of stream) seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as Error).message).toContain('mid-stream');
    expect(seen.join('')).toBe('half an answer');
  });

  it('an unknown model is a NotFoundError', async () => {
    const error = await client.images.generate({ prompt: 'x', model: 'dall-e-17' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');
    const missing = await client.models.retrieve('no-such-model').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('a wrong key is an AuthenticationError', async () => {
    const wrong = new OpenAI({ baseURL: `${started.url}/v1`, apiKey: 'not-the-key', maxRetries: 0 });
    const error = await wrong.models.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    const chat = await wrong.chat.completions
      .create({ model: 'mock-chat', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(chat).toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('a provider’s RateLimitError is a RateLimitError with its Retry-After', async () => {
    const error = await client.chat.completions
      .create({ model: 'limited-model', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('1');
  });

  it('n: 11 is a BadRequestError naming the field', async () => {
    const error = await client.images.generate({ prompt: 'x', n: 11 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('n');
  });
});
