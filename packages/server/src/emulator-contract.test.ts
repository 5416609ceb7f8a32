import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryAuthStore } from '@g4f-kit/core';
import { type Emulator, g4fKitProvidersConfig, startEmulator } from '@g4f-kit/emulator';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedServer, startServer } from './start-server.js';

const API_KEY = 'emulator-contract-key';
const PNG_SIGNATURE = '89504e470d0a1a0a';
/** A fast, constant ARTA status poll, so the test does not wait on the production schedule. */
const FAST_POLL = { initialMs: 5, steadyMs: 5, maxMs: 5, factor: 1, lagFraction: 0 };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The official `openai` client against the server, whose built-in providers
 * (loaded as in production) talk to the local emulator instead of the real
 * upstreams: ARTA images, G4F/Janus chat streaming, and an upstream fault.
 */
describe('contract: openai client → server → built-in providers → emulator', () => {
  let emulator: Emulator;
  let started: StartedServer;
  let client: OpenAI;
  let dir: string;

  beforeAll(async () => {
    emulator = await startEmulator({ artaMaxSide: 64, gradioGenerationTimeMs: 20, gradioSteps: 3 });
    dir = await mkdtemp(join(tmpdir(), 'g4f-emulator-contract-'));
    started = await startServer({
      host: '127.0.0.1',
      port: 0,
      apiKey: API_KEY,
      cwd: dir,
      env: {},
      authStore: new MemoryAuthStore(),
      overrides: {
        logLevel: 'silent',
        mediaDir: 'media',
        timeoutMs: 20_000,
        providers: providersConfig(emulator),
      },
    });
    client = new OpenAI({ baseURL: `${started.url}/v1`, apiKey: API_KEY, maxRetries: 0, timeout: 20_000 });
  });
  afterAll(async () => {
    await started?.close();
    await emulator?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('serves the built-in providers', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['ARTA', 'G4F', 'janus-pro-7b', 'flux']));
  });

  it('ARTA images as b64_json, through the Firebase sign-up, submit and status polling', async () => {
    const result = await client.images.generate({
      prompt: 'a lighthouse at dusk',
      model: 'ARTA',
      n: 2,
      response_format: 'b64_json',
    });
    expect(result.data).toHaveLength(2);
    for (const image of result.data ?? []) {
      const size = pngSize(Buffer.from(image.b64_json ?? '', 'base64'));
      expect(Math.max(size.width, size.height)).toBe(64);
    }
    expect(emulator.counters['firebase.signUp']).toBeGreaterThanOrEqual(1);
    expect(emulator.counters['arta.status']).toBeGreaterThanOrEqual(1);
  });

  it('ARTA images as url: downloaded into the media dir, served by /media', async () => {
    const result = await client.images.generate({ prompt: 'a red fox', model: 'ARTA', response_format: 'url' });
    const url = result.data?.[0]?.url as string;
    expect(url.startsWith(`${started.url}/media/`)).toBe(true);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    pngSize(Buffer.from(await response.arrayBuffer()));
  });

  it('G4F flux images over the Gradio queue', async () => {
    const result = await client.images.generate({ prompt: 'a sailing boat', model: 'G4F:flux', size: '256x128' });
    const size = pngSize(Buffer.from(result.data?.[0]?.b64_json ?? '', 'base64'));
    expect(size.width).toBeGreaterThan(0);
    expect(size.height).toBeGreaterThan(0);
  });

  it('G4F/Janus chat streaming over the Gradio queue', async () => {
    const stream = await client.chat.completions.create({
      model: 'G4F:janus-pro-7b',
      messages: [{ role: 'user', content: 'Tell me about lighthouses' }],
      stream: true,
    });
    let text = '';
    let chunks = 0;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(chunks).toBeGreaterThan(1);
    expect(text.length).toBeGreaterThan(0);
    expect(finish).toBe('stop');
    expect(emulator.counters['gradio.join']).toBeGreaterThanOrEqual(1);
  });

  it('an upstream 429 reaches the client as a RateLimitError', async () => {
    emulator.faults.set('arta.submit', { status: 429, retryAfterSeconds: 2 });
    try {
      const error = await client.images.generate({ prompt: 'x', model: 'ARTA' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenAI.RateLimitError);
      expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('2');
    } finally {
      emulator.faults.clear('arta.submit');
    }
  });
});

/** The emulator's own `providers` mapping, with a fast ARTA poll. */
function providersConfig(emulator: Emulator): Record<string, Record<string, unknown>> {
  const providers = g4fKitProvidersConfig(emulator);
  return { ...providers, ARTA: { ...providers.ARTA, poll: FAST_POLL } };
}
