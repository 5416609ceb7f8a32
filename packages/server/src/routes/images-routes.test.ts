import { readdir } from 'node:fs/promises';
import { ImageResponse, MissingAuthError, NoMediaResponseError, RateLimitError, TimeoutError } from '@g4f-kit/core';
import {
  defineMockProvider,
  mockErrorProvider,
  mockImageProvider,
  mockTextProvider,
  ONE_PIXEL_PNG,
} from '@g4f-kit/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../__fixtures__/test-runtime.js';
import { buildServer } from '../build-server.js';

const PNG_BASE64 = ONE_PIXEL_PNG.split(',')[1];

describe('POST /v1/images/generations', () => {
  let test: TestRuntime;
  let server: FastifyInstance;
  afterEach(async () => {
    await server?.close();
    await test?.cleanup();
  });

  async function serve(...providers: Parameters<typeof createTestRuntime>[0]) {
    test = await createTestRuntime(providers);
    server = await buildServer(test.runtime);
    return server;
  }

  it('answers b64_json when response_format is absent (what the AI SDK reads)', async () => {
    await serve(mockImageProvider('Painter'));
    const response = await server.inject({ method: 'POST', url: '/v1/images/generations', body: { prompt: 'a cat' } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.created).toBeTypeOf('number');
    expect(body.data).toEqual([{ b64_json: PNG_BASE64, revised_prompt: 'a cat' }]);
    expect(body.data[0].url).toBeUndefined();
    expect(body.provider).toBe('Painter');
  });

  it('saves url-format images into the media dir and serves them back at absolute /media URLs', async () => {
    await serve(mockImageProvider('Painter'));
    const response = await server.inject({
      method: 'POST',
      url: '/v1/images/generations',
      headers: { host: 'api.example:8080' },
      body: { prompt: 'two dogs', n: 2, response_format: 'url' },
    });
    expect(response.statusCode).toBe(200);
    const data = response.json().data as Array<{ url: string }>;
    expect(data).toHaveLength(2);
    for (const { url } of data) {
      expect(url).toMatch(/^http:\/\/api\.example:8080\/media\/[^/]+\.png$/);
      const file = await server.inject({ method: 'GET', url: new URL(url).pathname });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('image/png');
      expect(file.rawPayload.toString('base64')).toBe(PNG_BASE64);
    }
    expect((await readdir(test.runtime.config.mediaDir)).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('passes the generation options to the provider and ignores OpenAI fields it cannot honour', async () => {
    const Painter = mockImageProvider('Painter');
    await serve(Painter);
    const response = await server.inject({
      method: 'POST',
      url: '/v1/images/generations',
      body: {
        prompt: 'a fox',
        model: 'mock-image',
        n: 3,
        size: '640x480',
        seed: 42,
        aspect_ratio: '4:3',
        negative_prompt: 'blurry',
        guidance_scale: 7.5,
        num_inference_steps: 20,
        quality: 'hd',
        style: 'vivid',
        user: 'someone',
        background: 'auto',
        moderation: 'low',
        output_format: 'png',
        output_compression: 80,
        response_format: null,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().data).toHaveLength(3);
    const call = Painter.calls.at(-1);
    expect(call?.model).toBe('mock-image');
    expect(call?.options).toMatchObject({
      prompt: 'a fox',
      n: 3,
      width: 640,
      height: 480,
      seed: 42,
      aspectRatio: '4:3',
      negativePrompt: 'blurry',
      guidanceScale: 7.5,
      numInferenceSteps: 20,
      outputKind: 'image',
    });
    expect(call?.options.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    [{ prompt: 'x', n: 11 }, 'n'],
    [{ prompt: 'x', n: 0 }, 'n'],
    [{}, 'prompt'],
    [{ prompt: '   ' }, 'prompt'],
    [{ prompt: 'x', size: 'big' }, 'size'],
    [{ prompt: 'x', response_format: 'png' }, 'response_format'],
    [{ prompt: 'x', aspect_ratio: 'wide' }, 'aspect_ratio'],
    [{ prompt: 'x', seed: -1 }, 'seed'],
    [{ prompt: 'x', stream: true }, 'stream'],
  ])('rejects %j with 400 naming the field %s', async (body, param) => {
    const Painter = mockImageProvider('Painter');
    await serve(Painter);
    const response = await server.inject({ method: 'POST', url: '/v1/images/generations', body });
    expect(response.statusCode).toBe(400);
    expect(response.headers['x-should-retry']).toBe('false');
    expect(response.json()).toEqual({
      error: { message: expect.any(String), type: 'invalid_request_error', param, code: 'invalid_value' },
    });
    expect(Painter.calls).toHaveLength(0);
  });

  it('/api/:provider pins the provider; a different body provider does not conflict (g4f #2931)', async () => {
    const Painter = mockImageProvider('Painter');
    const Other = mockImageProvider('Other');
    await serve(Painter, Other);
    const response = await server.inject({
      method: 'POST',
      url: '/api/Other/images/generations',
      body: { prompt: 'a boat', provider: 'Painter' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().provider).toBe('Other');
    expect(Other.calls).toHaveLength(1);
    expect(Painter.calls).toHaveLength(0);
  });

  it('routes the body provider and Provider:model', async () => {
    const Painter = mockImageProvider('Painter');
    const Other = mockImageProvider('Other', { imageModels: ['other-1', 'other-2'], defaultImageModel: 'other-1' });
    await serve(Painter, Other);
    expect(
      (await server.inject({ method: 'POST', url: '/v1/images/generations', body: { prompt: 'p', provider: 'Other' } }))
        .statusCode,
    ).toBe(200);
    expect(Other.calls.at(-1)?.model).toBe('other-1');
    const byModel = await server.inject({
      method: 'POST',
      url: '/v1/images/generations',
      body: { prompt: 'p', model: 'Other:other-2' },
    });
    expect(byModel.statusCode).toBe(200);
    expect(Other.calls.at(-1)?.model).toBe('other-2');
  });

  it.each([
    ['unknown model', { model: 'no-such-model' }, 404, 'model_not_found'],
    ['unknown provider', { provider: 'Nobody' }, 404, 'provider_not_found'],
  ])('%s → %i', async (_name, extra, status, code) => {
    await serve(mockImageProvider('Painter'));
    const response = await server.inject({
      method: 'POST',
      url: '/v1/images/generations',
      body: { prompt: 'p', ...extra },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it('an unknown pinned provider is 404', async () => {
    await serve(mockImageProvider('Painter'));
    const response = await server.inject({
      method: 'POST',
      url: '/api/Nobody/images/generations',
      body: { prompt: 'p' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'provider_not_found', param: 'provider' });
  });

  it.each([
    ['RateLimitError', () => new RateLimitError('slow down', { retryAfterMs: 2500 }), 429, { 'retry-after': '3' }],
    [
      'MissingAuthError',
      () => new MissingAuthError('needs a key', { status: 401 }),
      401,
      { 'x-should-retry': 'false' },
    ],
    ['TimeoutError', () => new TimeoutError('too slow', { timeoutMs: 10, phase: 'deadline' }), 504, {}],
  ])('maps a provider %s to %i', async (_name, error, status, headers) => {
    const image = { defaultModel: 'mock-image', defaultImageModel: 'mock-image', imageModels: ['mock-image'] };
    await serve(mockErrorProvider('Broken', error, image));
    const response = await server.inject({ method: 'POST', url: '/v1/images/generations', body: { prompt: 'p' } });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject(headers);
    expect(Object.keys(response.json().error).sort()).toEqual(['code', 'message', 'param', 'type']);
  });

  it('a provider that yields no image → 502 without retry', async () => {
    const Chatty = defineMockProvider({
      name: 'Chatty',
      defaultImageModel: 'img',
      imageModels: ['img'],
      respond: () => ['no pictures today'],
    });
    await serve(Chatty);
    const response = await server.inject({ method: 'POST', url: '/v1/images/generations', body: { prompt: 'p' } });
    expect(response.statusCode).toBe(502);
    expect(response.headers['x-should-retry']).toBe('false');
    expect(response.json().error.code).toBe('no_media_response');
    expect(NoMediaResponseError.kind).toBe('NoMediaResponseError');
  });

  it('reports the first image provider when several answer', async () => {
    const Slow = defineMockProvider({
      name: 'Slow',
      defaultImageModel: 'img',
      imageModels: ['img'],
      respond: () => [new ImageResponse([ONE_PIXEL_PNG], 'from slow')],
    });
    await serve(Slow, mockTextProvider('Talker'));
    const response = await server.inject({ method: 'POST', url: '/v1/images/generations', body: { prompt: 'p' } });
    expect(response.json()).toMatchObject({ provider: 'Slow', data: [{ revised_prompt: 'from slow' }] });
  });
});
