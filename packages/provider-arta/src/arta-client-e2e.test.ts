import {
  createClient,
  createContainer,
  createSilentLogger,
  disposeContainer,
  getRegistry,
  MemoryAuthStore,
  type ResponseChunk,
} from '@g4f-kit/core';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { imageUrl, statusPayload } from './__fixtures__/arta-payloads.js';
import { API_BASE, artaRoutes, SIGN_UP, STATUS, SUBMIT, TEST_SETTINGS } from './__fixtures__/arta-test-env.js';
import { ARTA } from './arta.js';
import { artaPlugin } from './arta-plugin.js';
import { createArtaProvider } from './create-arta-provider.js';

const server = useTestServer(artaRoutes());

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe('ARTA through the client', () => {
  it('generates with createClient({ plugins: [artaPlugin] }).images.generate', async () => {
    const client = createClient({
      plugins: [artaPlugin],
      authStore: new MemoryAuthStore(),
      logger: createSilentLogger(),
      config: { providers: { ARTA: { ...TEST_SETTINGS } } },
    });
    closers.push(() => client.close());
    const chunks: ResponseChunk[] = [];
    const result = await client.images.generate({
      provider: 'ARTA',
      prompt: 'a paper boat on a lake',
      size: '1920x1080',
      responseFormat: 'url',
      onChunk: (chunk) => chunks.push(chunk),
    });

    expect(result).toMatchObject({
      provider: 'ARTA',
      model: 'Flux',
      data: [{ url: imageUrl(0), revised_prompt: 'a paper boat on a lake' }],
    });
    const progress = chunks.flatMap((chunk) =>
      typeof chunk !== 'string' && chunk.type === 'reasoning' ? [chunk.label] : [],
    );
    expect(progress).toEqual(['Waiting', 'Generating', 'Generated']);
    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
    expect(server.callsTo(SUBMIT)[0]?.form().get('aspect_ratio')).toBe('16:9');
  });

  it('resolves a model alias through the client and reports the API style', async () => {
    const client = createClient({
      plugins: [artaPlugin],
      authStore: new MemoryAuthStore(),
      logger: createSilentLogger(),
      config: { providers: { ARTA: { ...TEST_SETTINGS } } },
    });
    closers.push(() => client.close());
    const result = await client.images.generate({
      provider: 'ARTA',
      model: 'flux-pro',
      prompt: 'x',
      responseFormat: 'url',
    });
    expect(result.model).toBe('F Pro');
    expect(server.callsTo(SUBMIT)[0]?.form().get('style')).toBe('F Pro');
  });

  it('registers an instance with settings given in code via createArtaProvider', async () => {
    const container = createContainer({ authStore: new MemoryAuthStore(), logger: createSilentLogger() });
    closers.push(() => disposeContainer(container));
    const registry = getRegistry(container);
    registry.register(createArtaProvider({ ...TEST_SETTINGS, deadlineMs: 45_000 }), { name: 'ARTA' });
    const provider = registry.get('ARTA') as ARTA;

    expect(provider).toBeInstanceOf(ARTA);
    expect(provider.name).toBe('ARTA');
    expect(provider.settings).toMatchObject({ apiBaseUrl: API_BASE, deadlineMs: 45_000 });
    server.use({ [STATUS]: { type: 'json', body: statusPayload('DONE') } });
    const chunks: ResponseChunk[] = [];
    for await (const chunk of provider.createAsyncGenerator('', [{ role: 'user', content: 'a kite' }]))
      chunks.push(chunk);
    expect(chunks.at(-1)).toMatchObject({ type: 'image', urls: [imageUrl(0)], alt: 'a kite' });
  });

  it('lets code settings win over config.providers.ARTA', () => {
    const container = createContainer({
      authStore: new MemoryAuthStore(),
      logger: createSilentLogger(),
      config: { providers: { ARTA: { apiBaseUrl: 'https://config.test', deadlineMs: 1000 } } },
    });
    closers.push(() => disposeContainer(container));
    const registry = getRegistry(container);
    registry.register(createArtaProvider({ apiBaseUrl: 'https://code.test' }), { name: 'ARTA' });
    expect((registry.get('ARTA') as ARTA).settings).toMatchObject({
      apiBaseUrl: 'https://code.test',
      deadlineMs: 1000,
    });
  });

  it('lists ARTA with its metadata and catalogue', () => {
    const container = createContainer({
      plugins: [artaPlugin],
      authStore: new MemoryAuthStore(),
      logger: createSilentLogger(),
    });
    closers.push(() => disposeContainer(container));
    const provider = getRegistry(container).get('arta');
    expect(provider.metadata).toMatchObject({ name: 'ARTA', label: 'ARTA', working: true, needsAuth: false });
    expect(provider.catalogue.defaultImageModel).toBe('flux');
    expect(provider.catalogue.modelAliases['gpt-image']).toHaveLength(3);
  });
});
