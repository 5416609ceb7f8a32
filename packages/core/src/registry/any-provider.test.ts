import { afterEach, describe, expect, it } from 'vitest';
import { MemoryAuthStore } from '../auth/memory-auth-store.js';
import { ProviderInfo } from '../chunks/provider-info.js';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { ModelNotFoundError } from '../errors/model-not-found-error.js';
import { createSilentLogger } from '../logging/create-logger.js';
import {
  mockEchoModelProvider,
  mockErrorProvider,
  mockImageProvider,
  mockTextProvider,
} from '../testing/define-mock-provider.js';
import { AnyProvider } from './any-provider.js';
import { createContainer, disposeContainer, getRegistry } from './create-container.js';

const containers: ReturnType<typeof createContainer>[] = [];
afterEach(async () => {
  await Promise.all(containers.splice(0).map((container) => disposeContainer(container)));
});

function setup() {
  const container = createContainer({ authStore: new MemoryAuthStore(), logger: createSilentLogger() });
  containers.push(container);
  const registry = getRegistry(container);
  return { registry, any: new AnyProvider(registry) };
}

async function run(any: AnyProvider, model: string, outputKind?: 'image' | 'text') {
  const chunks: ResponseChunk[] = [];
  for await (const chunk of any.createAsyncGenerator(model, [], outputKind ? { outputKind } : {})) chunks.push(chunk);
  return {
    providers: chunks
      .filter((chunk): chunk is ProviderInfo => chunk instanceof ProviderInfo)
      .map((info) => `${info.name}:${info.model}`),
    text: chunks.filter((chunk) => typeof chunk === 'string').join(''),
  };
}

describe('AnyProvider', () => {
  it('routes a model to every working provider that has it, in order, falling back', async () => {
    const { registry, any } = setup();
    registry.register(mockErrorProvider('Down', undefined, { models: ['shared'] }));
    registry.register(mockEchoModelProvider('Other'));
    registry.register(mockEchoModelProvider('Up', { models: ['shared'] }));
    const result = await run(any, 'shared');
    expect(result.providers).toEqual(['Down:shared', 'Up:shared']);
    expect(result.text).toBe('shared');
  });

  it('follows registry changes at once', async () => {
    const { registry, any } = setup();
    registry.register(mockEchoModelProvider('First', { models: ['m'] }));
    expect((await run(any, 'm')).providers).toEqual(['First:m']);
    registry.register(mockEchoModelProvider('Second', { models: ['m'] }));
    registry.unregister('First');
    expect((await run(any, 'm')).providers).toEqual(['Second:m']);
    registry.swap('Second', mockErrorProvider('Gone', undefined, { models: ['other'] }));
    await expect(run(any, 'm')).rejects.toSatisfy((error) => ModelNotFoundError.isInstance(error));
  });

  it('matches aliases and skips providers that are not working', async () => {
    const { registry, any } = setup();
    registry.register(mockEchoModelProvider('Broken', { models: ['x'], working: false }));
    registry.register(mockEchoModelProvider('Aliased', { models: ['x-real'], modelAliases: { x: 'x-real' } }));
    expect((await run(any, 'x')).providers).toEqual(['Aliased:x-real']);
  });

  it('addresses one provider with Provider:model, and a bare provider name uses its default', async () => {
    const { registry, any } = setup();
    registry.register(mockEchoModelProvider('A'));
    registry.register(mockEchoModelProvider('B'));
    expect(await run(any, 'b:echo-other')).toEqual({ providers: ['B:echo-other'], text: 'echo-other' });
    expect(await run(any, 'A')).toEqual({ providers: ['A:echo-default'], text: 'echo-default' });
  });

  it('puts providers that need no auth first', async () => {
    const { registry, any } = setup();
    registry.register(mockEchoModelProvider('Keyed', { models: ['m'], needsAuth: true }));
    registry.register(mockEchoModelProvider('Free', { models: ['m'] }));
    expect((await run(any, 'm')).providers[0]).toBe('Free:m');
  });

  it('with no model, picks providers that serve the wanted kind with their default for it', async () => {
    const { registry, any } = setup();
    registry.register(mockTextProvider('Chatty'));
    registry.register(mockImageProvider('Painter'));
    expect((await run(any, '', 'image')).providers).toEqual(['Painter:mock-image']);
    expect((await run(any, '', 'text')).providers).toEqual(['Chatty:mock-chat']);
  });

  it('lists every known model when none matches', () => {
    const { registry, any } = setup();
    registry.register(mockEchoModelProvider('A'));
    expect(() => any.route('nope')).toThrow(ModelNotFoundError);
    expect(() => any.route('nope')).toThrow(/echo-default, echo-other/);
  });
});
