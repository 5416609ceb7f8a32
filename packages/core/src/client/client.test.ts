import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAuthStore } from '../auth/memory-auth-store.js';
import { ImageResponse } from '../chunks/image-response.js';
import { JsonConversation } from '../chunks/json-conversation.js';
import { Reasoning } from '../chunks/reasoning.js';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { NoMediaResponseError } from '../errors/no-media-response-error.js';
import { ProviderNotFoundError } from '../errors/provider-not-found-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { createSilentLogger } from '../logging/create-logger.js';
import { definePlugin } from '../registry/define-plugin.js';
import {
  defineMockProvider,
  mockEmptyProvider,
  mockErrorProvider,
  mockImageProvider,
  mockTextProvider,
  ONE_PIXEL_PNG,
} from '../testing/define-mock-provider.js';
import type { ChatCompletionChunk } from './chat-completion-types.js';
import { Client, createClient } from './client.js';

let mediaDir: string;
const clients: Client[] = [];

beforeEach(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'g4f-kit-media-'));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await rm(mediaDir, { recursive: true, force: true });
});

function clientWith(...providers: Parameters<typeof definePlugin>[0]['providers']) {
  const client = createClient({
    plugins: [definePlugin({ name: 'test', providers })],
    authStore: new MemoryAuthStore(),
    logger: createSilentLogger(),
    config: { mediaDir },
  });
  clients.push(client);
  return client;
}

describe('client.images.generate', () => {
  it('saves images into the media directory by default and returns their paths', async () => {
    const client = clientWith(mockImageProvider('Painter'));
    const result = await client.images.generate({ prompt: 'a red fox', n: 2 });
    expect(result.provider).toBe('Painter');
    expect(result.model).toBe('mock-image');
    expect(result.data).toHaveLength(2);
    for (const image of result.data) {
      expect(image.url?.startsWith(mediaDir)).toBe(true);
      expect(image.revised_prompt).toBe('a red fox');
      const bytes = await readFile(image.url as string);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    expect((await readdir(mediaDir)).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('returns provider URLs with responseFormat url and base64 with b64_json', async () => {
    const client = clientWith(mockImageProvider('Painter'));
    const asUrl = await client.images.generate({ prompt: 'p', responseFormat: 'url' });
    expect(asUrl.data[0]?.url).toBe(ONE_PIXEL_PNG);
    const asBase64 = await client.images.generate({ prompt: 'p', responseFormat: 'b64_json' });
    expect(asBase64.data[0]?.b64_json).toBe(ONE_PIXEL_PNG.split(',')[1]);
    expect(await readdir(mediaDir)).toEqual([]);
  });

  it('passes size, seed and the prompt through to the provider', async () => {
    const Painter = mockImageProvider('Painter');
    const client = clientWith(Painter);
    await client.images.generate({ prompt: 'p', size: '640x480', seed: 7, aspectRatio: '4:3', responseFormat: 'url' });
    expect(Painter.calls[0]?.options).toMatchObject({
      prompt: 'p',
      width: 640,
      height: 480,
      seed: 7,
      aspectRatio: '4:3',
    });
    expect(Painter.calls[0]?.messages).toEqual([{ role: 'user', content: 'p' }]);
  });

  it('falls back along a provider list and reports who answered', async () => {
    const client = clientWith(mockErrorProvider('Down'), mockImageProvider('Up'));
    const result = await client.images.generate({ prompt: 'p', provider: 'Down Up', responseFormat: 'url' });
    expect(result.provider).toBe('Up');
  });

  it('forwards progress chunks to onChunk', async () => {
    const Slow = defineMockProvider({
      name: 'Slow',
      defaultImageModel: 'x',
      imageModels: ['x'],
      respond: () => [new Reasoning({ label: 'Generating' }), new ImageResponse(ONE_PIXEL_PNG, 'p')],
    });
    const client = clientWith(Slow);
    const seen: ResponseChunk[] = [];
    await client.images.generate({ prompt: 'p', responseFormat: 'url', onChunk: (chunk) => seen.push(chunk) });
    expect(seen.some((chunk) => chunk instanceof Reasoning && chunk.label === 'Generating')).toBe(true);
  });

  it('throws NoMediaResponseError when the provider yields no image', async () => {
    const client = clientWith(mockEmptyProvider('Nothing', { defaultImageModel: 'x', imageModels: ['x'] }));
    await expect(client.images.generate({ prompt: 'p', provider: 'Nothing' })).rejects.toSatisfy((error) =>
      NoMediaResponseError.isInstance(error),
    );
  });

  it('rejects bad input with the field named, before calling any provider', async () => {
    const Painter = mockImageProvider('Painter');
    const client = clientWith(Painter);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ prompt: '' }, 'prompt'],
      [{ prompt: 'p', n: 11 }, 'n'],
      [{ prompt: 'p', size: 'big' }, 'size'],
      [{ prompt: 'p', size: '10x10', width: 5 }, 'size'],
      [{ prompt: 'p', responseFormat: 'jpeg' }, 'responseFormat'],
      [{ prompt: 'p', colour: 'red' }, 'colour'],
    ];
    for (const [params, field] of cases) {
      const error = await client.images.generate(params as never).catch((caught: unknown) => caught);
      expect(InvalidOptionsError.isInstance(error), JSON.stringify(params)).toBe(true);
      expect((error as InvalidOptionsError).message).toContain(field);
    }
    expect(Painter.calls).toHaveLength(0);
  });

  it('names the registered providers when the provider is unknown', async () => {
    const client = clientWith(mockImageProvider('Painter'));
    await expect(client.images.generate({ prompt: 'p', provider: 'Picasso' })).rejects.toThrow(ProviderNotFoundError);
  });

  it('ends a generation that outlives its deadline with a TimeoutError', async () => {
    const Hanging = defineMockProvider({
      name: 'Hanging',
      defaultImageModel: 'x',
      imageModels: ['x'],
      async *respond({ options }) {
        await new Promise((_, reject) =>
          options.signal?.addEventListener('abort', () => reject(options.signal?.reason)),
        );
      },
    });
    const client = clientWith(Hanging);
    const error = await client.images.generate({ prompt: 'p', timeoutMs: 50 }).catch((caught: unknown) => caught);
    expect(TimeoutError.isInstance(error) && error.phase).toBe('deadline');
  });
});

describe('client.chat.completions.create', () => {
  it('returns an OpenAI-shaped completion', async () => {
    const client = clientWith(mockTextProvider('Chatty', 'Hello there friend'));
    const completion = await client.chat.completions.create({ messages: [{ role: 'user', content: 'hi' }] });
    expect(completion.object).toBe('chat.completion');
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.provider).toBe('Chatty');
    expect(completion.model).toBe('mock-chat');
    expect(completion.choices[0]?.message).toEqual({ role: 'assistant', content: 'Hello there friend' });
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage.completion_tokens).toBeGreaterThan(0);
  });

  it('streams chunks, role first, finish and usage last', async () => {
    const client = clientWith(mockTextProvider('Chatty', 'one two three'));
    const stream = await client.chat.completions.create({ messages: [{ role: 'user', content: 'hi' }], stream: true });
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe('one two three');
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.usage).toBeDefined();
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
  });

  it('returns the conversation to continue a session', async () => {
    const Sessions = defineMockProvider({
      name: 'Sessions',
      models: ['m'],
      respond: ({ options }) => [
        new JsonConversation({ session: options.conversation?.get('session') ?? 'new' }),
        'ok',
      ],
    });
    const client = clientWith(Sessions);
    const first = await client.chat.completions.create({ messages: [{ role: 'user', content: 'a' }] });
    expect(first.conversation?.get('session')).toBe('new');
    const second = await client.chat.completions.create({
      messages: [{ role: 'user', content: 'b' }],
      conversation: new JsonConversation({ session: 'kept' }),
    });
    expect(second.conversation?.get('session')).toBe('kept');
  });

  it('rejects an empty message list, naming the field', async () => {
    const client = clientWith(mockTextProvider('Chatty'));
    await expect(client.chat.completions.create({ messages: [] })).rejects.toThrow(/messages/);
  });
});

describe('new Client', () => {
  it('uses a default provider spec when a call gives none', async () => {
    const client = clientWith(mockTextProvider('A', 'from A'), mockTextProvider('B', 'from B'));
    const pinned = new Client({ container: client.container, provider: 'B' });
    const completion = await pinned.chat.completions.create({ messages: [{ role: 'user', content: 'x' }] });
    expect(completion.choices[0]?.message.content).toBe('from B');
  });
});
