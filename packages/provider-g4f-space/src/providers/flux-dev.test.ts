import {
  AbortError,
  ImagePreview,
  ImageResponse,
  InvalidOptionsError,
  MissingAuthError,
  RateLimitError,
  TimeoutError,
} from '@g4f-kit/core';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { collect, collectUntilError, ofType } from '../__fixtures__/collect.js';
import { type SpaceContainer, spaceContainer } from '../__fixtures__/space-container.js';
import { spaceRoutes } from '../__fixtures__/space-routes.js';
import { FLUX_1_DEV, G4F_FLUX_DEV, HF, PAGE_TOKEN, PAGE_UUID } from '../__fixtures__/space-urls.js';
import { messages, transcript } from '../__fixtures__/transcripts.js';
import { useCleanEnv } from '../__fixtures__/use-clean-env.js';
import type { SpaceSettingsInput } from '../settings/space-settings-schema.js';
import { BlackForestLabs_Flux1Dev } from './black-forest-labs-flux1-dev.js';
import { FluxDev } from './flux-dev.js';

const server = useTestServer(spaceRoutes());
useCleanEnv();

const containers: SpaceContainer[] = [];
afterEach(async () => {
  await Promise.all(containers.splice(0).map((container) => container.dispose()));
});

function provider(name: string, settings: SpaceSettingsInput = {}) {
  const built = spaceContainer({ settings });
  containers.push(built);
  return built.registry.get(name);
}

const PROMPT = [{ role: 'user' as const, content: 'a lighthouse at dusk' }];

describe('BlackForestLabs_Flux1Dev', () => {
  it("has g4f's catalogue", () => {
    expect(BlackForestLabs_Flux1Dev.getModel('flux')).toBe('black-forest-labs-flux-1-dev');
    expect(BlackForestLabs_Flux1Dev.imageModels).toEqual(['flux-dev', 'flux']);
    expect(FluxDev.space).toBe('roxky/FLUX.1-dev');
    expect(Object.getPrototypeOf(FluxDev)).toBe(BlackForestLabs_Flux1Dev);
  });

  it('runs on the official Space: token, exact join, statuses, previews and the image', async () => {
    const chunks = await collect(provider('BlackForestLabs_Flux1Dev').createAsyncGenerator('flux', PROMPT, {}));
    expect(server.callsTo(`GET ${HF}/spaces/:owner/:name`)[0]?.url.pathname).toBe(
      '/spaces/black-forest-labs/FLUX.1-dev',
    );
    const [join] = server.callsTo(`POST ${FLUX_1_DEV}/gradio_api/queue/join`);
    expect(join?.url.search).toBe('?__theme=light');
    const body = join?.json() as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['data', 'event_data', 'fn_index', 'trigger_id', 'session_hash']);
    expect(body).toMatchObject({
      data: ['a lighthouse at dusk', 0, true, 1024, 1024, 3.5, 28],
      event_data: null,
      fn_index: 2,
      trigger_id: 4,
    });
    expect(body.session_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(join?.headers.get('x-zerogpu-token')).toBe(PAGE_TOKEN);
    expect(join?.headers.get('x-zerogpu-uuid')).toBe(PAGE_UUID);
    expect(join?.headers.get('referer')).toBe(`${FLUX_1_DEV}/?__theme=light`);
    expect(join?.headers.get('accept')).toBe('application/json');
    const [data] = server.callsTo(`GET ${FLUX_1_DEV}/gradio_api/queue/data`);
    expect(data?.url.searchParams.get('session_hash')).toBe(body.session_hash);

    const size = { width: 1024, height: 1024 };
    expect(ofType(chunks, 'image-preview')).toEqual([
      new ImagePreview(`${FLUX_1_DEV}/gradio_api/file=/tmp/gradio/5b1f0c2e9a/image.webp`, 'a lighthouse at dusk', size),
      new ImagePreview(`${FLUX_1_DEV}/gradio_api/file=/tmp/gradio/8d3a7e6b41/image.webp`, 'a lighthouse at dusk', size),
    ]);
    expect(chunks.at(-1)).toEqual(
      new ImageResponse(
        `${FLUX_1_DEV}/gradio_api/file=/tmp/gradio/c47e2a9f13/image.webp`,
        'a lighthouse at dusk',
        size,
      ),
    );
    expect(ofType(chunks, 'reasoning').map(String)).toEqual([
      'In queue: position 2 of 2, about 22.4s',
      'In queue: position 1 of 1, about 11.2s',
      'Generating...',
      'Processing started: about 11.2s',
      'ZeroGPU: acquiring an A100 slice',
      'Denoising 7/28',
      'Denoising 14/28',
    ]);
  });

  it('takes the size from the aspect ratio and the guidance and steps from the options', async () => {
    await collect(
      provider('FluxDev').createAsyncGenerator('flux', PROMPT, {
        prompt: 'explicit prompt',
        aspectRatio: '9:21',
        guidanceScale: 5.5,
        numInferenceSteps: 20,
      }),
    );
    const [join] = server.callsTo(`POST ${G4F_FLUX_DEV}/gradio_api/queue/join`);
    expect((join!.json() as { data: unknown[] }).data).toEqual(['explicit prompt', 0, true, 440, 1024, 5.5, 20]);
  });

  it('surfaces the ZeroGPU quota as RateLimitError', async () => {
    server.use({
      [`GET ${FLUX_1_DEV}/gradio_api/queue/data`]: {
        type: 'sse',
        chunks: transcript('quota-error-transcript.txt', FLUX_1_DEV),
      },
    });
    const { chunks, error } = await collectUntilError(
      provider('BlackForestLabs_Flux1Dev').createAsyncGenerator('flux', PROMPT, { apiKey: 't' }),
    );
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'BlackForestLabs_Flux1Dev queue: You have exceeded your GPU quota (60s requested vs. 56s left).',
    );
    expect(ofType(chunks, 'image')).toHaveLength(0);
  });

  it('drops a token the Space refuses, so the next call fetches a new one', async () => {
    const refused = messages({
      msg: 'process_completed',
      success: false,
      output: { error: 'ZeroGPU token is invalid or expired. Reload the Space page to get a new one.' },
    });
    server.use({
      [`GET ${G4F_FLUX_DEV}/gradio_api/queue/data`]: [
        { type: 'sse', chunks: refused },
        { type: 'sse', chunks: transcript('flux-dev-transcript.txt', G4F_FLUX_DEV) },
      ],
    });
    const fluxDev = provider('FluxDev');
    const { error } = await collectUntilError(fluxDev.createAsyncGenerator('flux', PROMPT, {}));
    expect(MissingAuthError.isInstance(error)).toBe(true);
    expect((error as MissingAuthError).isRetryable).toBe(true);
    expect(error.message).not.toContain(PAGE_TOKEN);
    await collect(fluxDev.createAsyncGenerator('flux', PROMPT, {}));
    expect(server.callsTo(`GET ${HF}/spaces/:owner/:name`)).toHaveLength(2);

    server.use({ [`GET ${G4F_FLUX_DEV}/gradio_api/queue/data`]: { type: 'sse', chunks: refused } });
    const supplied = await collectUntilError(fluxDev.createAsyncGenerator('flux', PROMPT, { apiKey: 'bad-token' }));
    expect(MissingAuthError.isInstance(supplied.error) && supplied.error.isRetryable).toBe(false);
  });

  it('fails before any request on bad options', async () => {
    for (const options of [{ guidanceScale: -1 }, { seed: 2 ** 32 }, { aspectRatio: '5:3' }, { width: 0 }]) {
      const { error } = await collectUntilError(provider('FluxDev').createAsyncGenerator('flux', PROMPT, options));
      expect(InvalidOptionsError.isInstance(error)).toBe(true);
    }
    const noPrompt = await collectUntilError(provider('FluxDev').createAsyncGenerator('flux', [], {}));
    expect(InvalidOptionsError.isInstance(noPrompt.error) && noPrompt.error.field).toBe('prompt');
    expect(server.calls).toHaveLength(0);
  });

  it('ends a hung stream with the idle timeout, and a slow one with the overall deadline', async () => {
    const hung = {
      type: 'sse' as const,
      chunks: [...messages({ msg: 'process_starts' }), ...messages({ msg: 'heartbeat' })],
      delayMs: 10_000,
    };
    server.use({ [`GET ${G4F_FLUX_DEV}/gradio_api/queue/data`]: hung });
    const idle = await collectUntilError(
      provider('FluxDev', { idleTimeoutMs: 80 }).createAsyncGenerator('flux', PROMPT, { apiKey: 't' }),
    );
    expect(TimeoutError.isInstance(idle.error) && idle.error.phase).toBe('idle');

    const deadline = await collectUntilError(
      provider('FluxDev').createAsyncGenerator('flux', PROMPT, { apiKey: 't', timeoutMs: 120 }),
    );
    expect(TimeoutError.isInstance(deadline.error) && deadline.error.phase).toBe('deadline');
  });

  it('stops at once when the caller aborts mid-stream, requesting nothing more', async () => {
    server.use({
      [`GET ${G4F_FLUX_DEV}/gradio_api/queue/data`]: {
        type: 'sse',
        chunks: [...messages({ msg: 'process_starts' }), ...messages({ msg: 'heartbeat' })],
        delayMs: 10_000,
      },
    });
    const controller = new AbortController();
    const generator = provider('FluxDev').createAsyncGenerator('flux', PROMPT, {
      apiKey: 't',
      signal: controller.signal,
    });
    expect(String((await generator.next()).value)).toBe('Processing started');
    const pending = generator.next();
    controller.abort();
    await expect(pending).rejects.toSatisfy((error) => AbortError.isInstance(error));
    const requests = server.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.calls.length).toBe(requests);
    expect(server.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /gradio_api/queue/join',
      'GET /gradio_api/queue/data',
    ]);
  });
});
