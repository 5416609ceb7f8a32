import {
  type ChatCompletionChunk,
  createClient,
  createSilentLogger,
  JsonConversation,
  MemoryAuthStore,
} from '@g4f-kit/core';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { spaceRoutes } from './__fixtures__/space-routes.js';
import { G4F_FLUX_DEV, JANUS } from './__fixtures__/space-urls.js';
import { useCleanEnv } from './__fixtures__/use-clean-env.js';
import { g4fSpacePlugin } from './g4f-space-plugin.js';

const MIRROR = 'http://127.0.0.1:8765';
const HF_MIRROR = `${MIRROR}/huggingface.co`;
const FLUX_MIRROR = `${MIRROR}/roxky-flux-1-dev.hf.space`;

// g4f's hosts, and the same upstreams as the emulator lays them out (every host a path prefix of one server).
const server = useTestServer({ ...spaceRoutes(), ...spaceRoutes(MIRROR) });
useCleanEnv();

const clients: Array<ReturnType<typeof createClient>> = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function client(providers: Record<string, Record<string, unknown>> = {}) {
  const built = createClient({
    plugins: [g4fSpacePlugin],
    authStore: new MemoryAuthStore(),
    logger: createSilentLogger(),
    config: { providers },
  });
  clients.push(built);
  return built;
}

describe('g4fSpacePlugin', () => {
  it('registers the four providers, Janus as an alias', () => {
    const { registry } = client();
    expect(registry.names()).toEqual(['G4F', 'FluxDev', 'BlackForestLabs_Flux1Dev', 'DeepseekAI_JanusPro7b']);
    expect(registry.get('janus').name).toBe('DeepseekAI_JanusPro7b');
  });

  it('generates a G4F flux image through the client', async () => {
    const result = await client().images.generate({
      provider: 'G4F',
      model: 'flux',
      prompt: 'a paper boat',
      responseFormat: 'url',
    });
    expect(result.provider).toBe('G4F');
    expect(result.model).toBe('flux');
    expect(result.data).toEqual([
      { url: `${G4F_FLUX_DEV}/gradio_api/file=/tmp/gradio/c47e2a9f13/image.webp`, revised_prompt: 'a paper boat' },
    ]);
  });

  it('streams a Janus answer through chat.completions as several deltas, with the conversation', async () => {
    const stream = await client().chat.completions.create({
      provider: 'Janus',
      stream: true,
      messages: [{ role: 'user', content: 'What is in the picture?' }],
    });
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const contents = chunks.map((chunk) => chunk.choices[0]?.delta.content).filter((content) => content !== undefined);
    expect(contents.length).toBeGreaterThan(2);
    expect(contents.join('')).toBe('The image shows a red fox sitting in the snow.');
    const last = chunks.at(-1);
    expect(last?.choices[0]?.finish_reason).toBe('stop');
    expect(last?.provider).toBe('DeepseekAI_JanusPro7b');
    expect(last?.conversation).toBeInstanceOf(JsonConversation);
    expect(server.callsTo(`POST ${JANUS}/gradio_api/queue/join`)).toHaveLength(1);
  });

  it('points every host at a mirror with one settings object', async () => {
    const result = await client({ HuggingFace: { mirrorUrl: MIRROR } }).images.generate({
      provider: 'FluxDev',
      prompt: 'a paper boat',
      responseFormat: 'url',
    });
    expect(result.data[0]?.url).toBe(`${FLUX_MIRROR}/gradio_api/file=/tmp/gradio/c47e2a9f13/image.webp`);
    const paths = server.calls.map((call) => `${call.method} ${call.url.origin}${call.url.pathname}`);
    expect(paths).toEqual([
      `GET ${HF_MIRROR}/spaces/roxky/FLUX.1-dev`,
      `POST ${FLUX_MIRROR}/gradio_api/queue/join`,
      `GET ${FLUX_MIRROR}/gradio_api/queue/data`,
    ]);
  });

  it('rejects invalid settings when the container is built, naming the field', () => {
    expect(() => client({ HuggingFace: { spaceUrl: 'http://x' } })).toThrow(/providers\.HuggingFace/);
  });
});
