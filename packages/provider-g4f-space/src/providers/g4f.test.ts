import {
  ImageResponse,
  InvalidOptionsError,
  type Message,
  RateLimitError,
  Reasoning,
  type ResponseChunk,
} from '@g4f-kit/core';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { collect, collectUntilError, ofType, texts } from '../__fixtures__/collect.js';
import { type SpaceContainer, spaceContainer } from '../__fixtures__/space-container.js';
import { SCHNELL_PATH, spaceRoutes } from '../__fixtures__/space-routes.js';
import {
  G4F_FLUX_DEV,
  G4F_FLUX_SCHNELL,
  G4F_JANUS,
  HF,
  JANUS,
  PAGE_TOKEN,
  PAGE_UUID,
} from '../__fixtures__/space-urls.js';
import { transcript } from '../__fixtures__/transcripts.js';
import { useCleanEnv } from '../__fixtures__/use-clean-env.js';
import type { SpaceSettingsInput } from '../settings/space-settings-schema.js';
import { G4F } from './g4f.js';

const server = useTestServer(spaceRoutes());
useCleanEnv();

const containers: SpaceContainer[] = [];
afterEach(async () => {
  await Promise.all(containers.splice(0).map((container) => container.dispose()));
});

function g4f(settings: SpaceSettingsInput = {}) {
  const built = spaceContainer({ settings });
  containers.push(built);
  return { provider: built.registry.get('G4F'), logs: built.logs };
}

const ask = (content: string): Message[] => [{ role: 'user', content }];
const run = (model: string, options: Record<string, unknown> = {}, settings: SpaceSettingsInput = {}) =>
  collect(g4f(settings).provider.createAsyncGenerator(model, ask('a red fox in the snow'), options));

function joinsTo(space: string) {
  return server.callsTo(`POST ${space}/gradio_api/queue/join`).map((call) => call.json() as Record<string, unknown>);
}

describe('G4F catalogue', () => {
  it("lists g4f's models and keeps flux-schnell as its own name", () => {
    expect(G4F.label).toBe('G4F framework');
    expect(G4F.models).toEqual(['janus-pro-7b', 'janus-pro-7b-image', 'flux', 'flux-dev', 'flux-schnell']);
    expect(G4F.modelAliases).toEqual({ 'flux-schnell': 'flux' });
    expect(G4F.getModel('flux-schnell')).toBe('flux-schnell');
    expect(G4F.getModel('')).toBe('flux');
    expect(() => G4F.getModel('dall-e-3')).toThrow(/dall-e-3/);
  });
});

describe('G4F routing by model', () => {
  it.each(['flux', 'flux-dev'])('sends %s to FluxDev on roxky/FLUX.1-dev', async (model) => {
    const chunks = await run(model);
    const [join] = joinsTo(G4F_FLUX_DEV);
    expect(join).toMatchObject({
      fn_index: 2,
      trigger_id: 4,
      data: ['a red fox in the snow', 0, true, 1024, 1024, 3.5, 28],
    });
    expect(ofType(chunks, 'image')).toEqual([
      new ImageResponse(`${G4F_FLUX_DEV}/gradio_api/file=/tmp/gradio/c47e2a9f13/image.webp`, 'a red fox in the snow', {
        width: 1024,
        height: 1024,
      }),
    ]);
    expect(joinsTo(G4F_JANUS)).toHaveLength(0);
    expect(server.callsTo(`POST ${G4F_FLUX_SCHNELL}/run/predict`)).toHaveLength(0);
  });

  it('passes every option through to FluxDev', async () => {
    await run('flux', {
      aspectRatio: '16:9',
      guidanceScale: 7,
      numInferenceSteps: 12,
      seed: 42,
      apiKey: 'caller-token',
    });
    const [call] = server.callsTo(`POST ${G4F_FLUX_DEV}/gradio_api/queue/join`);
    expect(call?.json()).toMatchObject({ data: ['a red fox in the snow', 42, false, 1024, 576, 7, 12] });
    expect(call?.headers.get('x-zerogpu-token')).toBe('caller-token');
  });

  it("sends janus-pro-7b to Janus on G4F's own Space (roxky/Janus-Pro-7B)", async () => {
    const chunks = await run('janus-pro-7b');
    const [join] = joinsTo(G4F_JANUS);
    expect(join).toMatchObject({ fn_index: 2, trigger_id: 10 });
    expect(texts(chunks).join('')).toBe('The image shows a red fox sitting in the snow.');
    expect(server.callsTo(`GET ${HF}/spaces/:owner/:name`)[0]?.url.pathname).toBe('/spaces/roxky/Janus-Pro-7B');
    expect(joinsTo(JANUS)).toHaveLength(0);
  });

  it('draws janus-pro-7b-image with fn 3 / trigger 20', async () => {
    server.use({
      [`GET ${G4F_JANUS}/gradio_api/queue/data`]: {
        type: 'sse',
        chunks: transcript('janus-image-transcript.txt', G4F_JANUS),
      },
    });
    const chunks = await run('janus-pro-7b-image');
    const [join] = joinsTo(G4F_JANUS);
    expect(join).toMatchObject({ fn_index: 3, trigger_id: 20 });
    expect((join!.data as unknown[]).slice(2)).toEqual([5, 1]);
    expect(ofType(chunks, 'image')[0]?.urls).toHaveLength(2);
  });

  it("sends flux-schnell to the legacy /run/predict of G4F's flux Space", async () => {
    const chunks = await run('flux-schnell', { width: 1000, height: 777 });
    const [call] = server.callsTo(`POST ${G4F_FLUX_SCHNELL}/run/predict`);
    const body = call?.json() as { data: unknown[]; session_hash: string; seed: unknown };
    expect(Object.keys(body)).toEqual(['data', 'event_data', 'fn_index', 'session_hash', 'trigger_id']);
    expect(body).toMatchObject({ event_data: null, fn_index: 3, trigger_id: 10 });
    expect(body.session_hash).toMatch(/^[a-z0-9]{10}$/);
    const [prompt, seed, width, height, randomize, count] = body.data;
    expect([prompt, width, height, randomize, count]).toEqual(['a red fox in the snow', 1000, 776, true, 1]);
    expect(seed).toBeGreaterThanOrEqual(9999);
    expect(seed).toBeLessThanOrEqual(2 ** 32 - 1);
    // g4f sends G4F's Janus Space token to its flux Space.
    expect(server.callsTo(`GET ${HF}/spaces/:owner/:name`)[0]?.url.pathname).toBe('/spaces/roxky/Janus-Pro-7B');
    expect(call?.headers.get('x-zerogpu-token')).toBe(PAGE_TOKEN);
    expect(call?.headers.get('x-zerogpu-uuid')).toBe(PAGE_UUID);
    const image = ofType(chunks, 'image')[0];
    expect(image?.urls).toEqual([`${G4F_FLUX_SCHNELL}/gradio_api/file=${SCHNELL_PATH}`]);
    expect(image?.alt).toBe('a red fox in the snow');
    expect(String(chunks.at(-1))).toMatch(/^Finished \d+\.\d{2}s$/);
    expect(chunks[0]).toEqual(new Reasoning({ status: 'Acquiring GPU token' }));
  });
});

describe('G4F flux-schnell', () => {
  const sizes = async (options: Record<string, unknown>) => {
    await run('flux-schnell', options);
    const data = (server.callsTo(`POST ${G4F_FLUX_SCHNELL}/run/predict`).at(-1)!.json() as { data: unknown[] }).data;
    return [data[2], data[3]];
  };

  it('floors the sides to a multiple of 8, at least 32, from width/height or the aspect ratio', async () => {
    expect(await sizes({ width: 20, height: 20 })).toEqual([32, 32]);
    expect(await sizes({ aspectRatio: '16:9' })).toEqual([1024, 576]);
    expect(await sizes({ aspectRatio: '3:2' })).toEqual([1024, 680]);
    expect(await sizes({})).toEqual([1024, 1024]);
    expect(await sizes({ width: 999 })).toEqual([992, 1024]);
  });

  it('keeps a given seed', async () => {
    await run('flux-schnell', { seed: 7 });
    expect((server.callsTo(`POST ${G4F_FLUX_SCHNELL}/run/predict`)[0]!.json() as { data: unknown[] }).data[1]).toBe(7);
  });

  it('reports "Generating X.XXs" at a steady cadence while the request runs', async () => {
    server.use({
      [`POST ${G4F_FLUX_SCHNELL}/run/predict`]: async () => {
        await new Promise((resolve) => setTimeout(resolve, 380));
        return { type: 'json', body: { data: [{ path: SCHNELL_PATH }] } };
      },
    });
    const chunks = await run('flux-schnell', { apiKey: 'caller-token' }, { progressIntervalMs: 100 });
    const statuses = chunks.map(String);
    const generating = statuses.filter((status) => status.startsWith('Generating'));
    expect(generating.length).toBeGreaterThanOrEqual(3);
    expect(generating.length).toBeLessThanOrEqual(4);
    for (const status of generating) expect(status).toMatch(/^Generating \d+\.\d{2}s$/);
    expect(chunks.findIndex((chunk) => chunk instanceof ImageResponse)).toBe(generating.length);
    expect(statuses.at(-1)).toMatch(/^Finished 0\.\d{2}s$/);
    expect(server.callsTo(`GET ${HF}/spaces/:owner/:name`)).toHaveLength(0);
  });

  it('yields an instant result without waiting for a tick', async () => {
    const started = performance.now();
    const chunks = await run('flux-schnell', { apiKey: 'caller-token' }, { progressIntervalMs: 5_000 });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(chunks.map((chunk) => (typeof chunk === 'string' ? chunk : chunk.type))).toEqual(['image', 'reasoning']);
  });

  it('turns the quota answer of /run/predict into RateLimitError', async () => {
    server.use({
      [`POST ${G4F_FLUX_SCHNELL}/run/predict`]: {
        type: 'error',
        status: 500,
        body: JSON.stringify({
          error: 'You have exceeded your GPU quota (60s requested vs. 0s left). <a href="x">Sign up</a>',
        }),
        headers: { 'content-type': 'application/json' },
      },
    });
    const { error } = await collectUntilError(g4f().provider.createAsyncGenerator('flux-schnell', ask('fox'), {}));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.message).not.toContain('<a');
  });

  it('rejects an unknown aspect ratio before any request', async () => {
    const { error } = await collectUntilError(
      g4f().provider.createAsyncGenerator('flux-schnell', ask('fox'), { aspectRatio: '7:3' }),
    );
    expect(InvalidOptionsError.isInstance(error)).toBe(true);
    expect(server.calls).toHaveLength(0);
  });
});

describe('G4F ZeroGPU tokens', () => {
  it("uses the caller's apiKey as the token and fetches none", async () => {
    await run('flux', { apiKey: 'caller-token' });
    expect(server.callsTo(`GET ${HF}/spaces/:owner/:name`)).toHaveLength(0);
    expect(server.callsTo(`GET ${HF}/api/spaces/:owner/:name/jwt`)).toHaveLength(0);
    const [join] = server.callsTo(`POST ${G4F_FLUX_DEV}/gradio_api/queue/join`);
    expect(join?.headers.get('x-zerogpu-token')).toBe('caller-token');
    expect(join?.headers.get('x-zerogpu-uuid')).toBe('[object Object]');
  });

  it('sends "[object Object]" when no token can be had, with one warning for two calls', async () => {
    server.use({ [`GET ${HF}/spaces/:owner/:name`]: { type: 'text', body: '<html>private</html>' } });
    const { provider, logs } = g4f();
    const go = (): AsyncGenerator<ResponseChunk> => provider.createAsyncGenerator('flux', ask('fox'), {});
    await collect(go());
    await collect(go());
    const joins = server.callsTo(`POST ${G4F_FLUX_DEV}/gradio_api/queue/join`);
    expect(joins.map((join) => join.headers.get('x-zerogpu-token'))).toEqual(['[object Object]', '[object Object]']);
    expect(logs.records().filter((record) => record.level === 40)).toHaveLength(1);
  });

  it('gets a signed-in token with the configured Hugging Face token (Authorization header)', async () => {
    await run('flux', {}, { hfToken: 'hf_config_secret' });
    const [jwt] = server.callsTo(`GET ${HF}/api/spaces/:owner/:name/jwt`);
    expect(jwt?.headers.get('authorization')).toBe('Bearer hf_config_secret');
    expect(jwt?.url.pathname).toBe('/api/spaces/roxky/FLUX.1-dev/jwt');
  });
});
