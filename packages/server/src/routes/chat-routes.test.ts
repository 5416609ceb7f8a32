import { FinishReason, JsonConversation, RateLimitError, ResponseStatusError, Usage } from '@g4f-kit/core';
import { defineMockProvider, mockErrorProvider, mockTextProvider } from '@g4f-kit/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../__fixtures__/test-runtime.js';
import { buildServer } from '../build-server.js';

const messages = [{ role: 'user', content: 'Hi' }];

/** Splits an SSE body into its `data:` payloads, checking the framing. */
function sseEvents(payload: string): string[] {
  expect(payload.endsWith('\n\n')).toBe(true);
  const frames = payload.split('\n\n').slice(0, -1);
  for (const frame of frames) expect(frame).toMatch(/^data: /);
  return frames.map((frame) => frame.slice('data: '.length));
}

describe('POST /v1/chat/completions', () => {
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

  it('answers an OpenAI-shaped completion', async () => {
    await serve(mockTextProvider('Talker', 'Hello there friend'));
    const response = await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      body: { model: 'mock-chat', messages, temperature: 0.2, top_p: 1, max_tokens: 50, user: 'u' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'mock-chat',
      provider: 'Talker',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello there friend' },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) },
    });
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.created).toBeTypeOf('number');
  });

  it('streams server-sent events: chunks, a final chunk with finish_reason and usage, then [DONE]', async () => {
    const Streamer = defineMockProvider({
      name: 'Streamer',
      defaultModel: 'm',
      models: ['m'],
      respond: () => ['Hel', 'lo', new FinishReason('length'), new Usage({ promptTokens: 3, completionTokens: 2 })],
    });
    await serve(Streamer);
    const response = await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      body: { messages, stream: true, stream_options: { include_usage: true } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    const events = sseEvents(response.payload);
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
    expect(chunks.map((chunk) => chunk.object)).toEqual(chunks.map(() => 'chat.completion.chunk'));
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: 'Hel' });
    expect(chunks.map((chunk) => chunk.choices[0].delta.content ?? '').join('')).toBe('Hello');
    expect(chunks.at(-1).choices[0]).toMatchObject({ finish_reason: 'length', delta: {} });
    expect(chunks.at(-1).usage).toEqual({ prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 });
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
  });

  it('sends an error after the stream started in-band, then [DONE]', async () => {
    const Flaky = defineMockProvider({
      name: 'Flaky',
      defaultModel: 'm',
      models: ['m'],
      respond: async function* () {
        yield 'partial ';
        throw new ResponseStatusError('upstream broke: HTTP 500', { status: 500 });
      },
    });
    await serve(Flaky);
    const response = await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      body: { messages, stream: true },
    });
    expect(response.statusCode).toBe(200);
    const events = sseEvents(response.payload);
    expect(events.at(-1)).toBe('[DONE]');
    expect(JSON.parse(events.at(-2) as string)).toEqual({
      error: { message: 'upstream broke: HTTP 500', type: 'upstream_error', param: null, code: 'upstream_error' },
    });
    expect(JSON.parse(events[0] as string).choices[0].delta.content).toBe('partial ');
  });

  it('a failure before any output gets its HTTP status, even when streaming', async () => {
    await serve(mockErrorProvider('Limited', () => new RateLimitError('quota', { retryAfterMs: 1000 })));
    const response = await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      body: { messages, stream: true },
    });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.json().error.type).toBe('rate_limit_error');
  });

  it('unknown model → 404 model_not_found (streaming or not)', async () => {
    await serve(mockTextProvider('Talker'));
    for (const stream of [false, true]) {
      const response = await server.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        body: { messages, model: 'gpt-17', stream },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toMatchObject({ code: 'model_not_found', param: 'model' });
    }
  });

  it.each([
    [{}, 'messages'],
    [{ messages: [] }, 'messages'],
    [{ messages: [{ role: 'wizard', content: 'x' }] }, 'messages.0.role'],
    [{ messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: {} }] }] }, 'messages.0.content'],
    [{ messages, n: 2 }, 'n'],
    [{ messages, stream: 'yes' }, 'stream'],
  ])('rejects %j with 400 naming %s', async (body, param) => {
    await serve(mockTextProvider('Talker'));
    const response = await server.inject({ method: 'POST', url: '/v1/chat/completions', body });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.param).toBe(param);
  });

  it('maps the developer role to system and keeps image parts', async () => {
    const Talker = mockTextProvider('Talker');
    await serve(Talker);
    const image = { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==', detail: 'low' } };
    await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      body: {
        messages: [
          { role: 'developer', content: 'Be brief' },
          { role: 'user', content: [{ type: 'text', text: 'What is this?' }, image] },
          { role: 'assistant', content: null },
        ],
      },
    });
    expect(Talker.calls.at(-1)?.messages).toEqual([
      { role: 'system', content: 'Be brief' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==' } },
        ],
      },
      { role: 'assistant', content: '' },
    ]);
  });

  it('/api/:provider/chat/completions pins the provider over the body', async () => {
    const One = mockTextProvider('One', 'from one');
    const Two = mockTextProvider('Two', 'from two');
    await serve(One, Two);
    const response = await server.inject({
      method: 'POST',
      url: '/api/Two/chat/completions',
      body: { messages, provider: 'One' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().choices[0].message.content).toBe('from two');
    expect(One.calls).toHaveLength(0);
  });

  it('returns the provider session as plain JSON and accepts it back as `conversation`', async () => {
    const Sessions = defineMockProvider({
      name: 'Sessions',
      defaultModel: 'm',
      models: ['m'],
      respond: ({ options }) => [
        `turn ${Number(options.conversation?.get('turn') ?? 0) + 1}`,
        new JsonConversation({ turn: Number(options.conversation?.get('turn') ?? 0) + 1 }),
      ],
    });
    await serve(Sessions);
    const first = (await server.inject({ method: 'POST', url: '/v1/chat/completions', body: { messages } })).json();
    expect(first.conversation).toEqual({ turn: 1 });
    const second = (
      await server.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        body: { messages, conversation: first.conversation },
      })
    ).json();
    expect(second.choices[0].message.content).toBe('turn 2');
    expect(second.conversation).toEqual({ turn: 2 });
  });

  it('passes the provider credential from api_key, never the Authorization header', async () => {
    const Talker = mockTextProvider('Talker');
    await serve(Talker);
    await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { authorization: 'Bearer sk-client-side' },
      body: { messages, api_key: 'provider-token' },
    });
    expect(Talker.calls.at(-1)?.options.apiKey).toBe('provider-token');
    await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { authorization: 'Bearer sk-client-side' },
      body: { messages },
    });
    expect(Talker.calls.at(-1)?.options.apiKey).toBeUndefined();
  });
});
