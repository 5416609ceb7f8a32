import 'reflect-metadata';
import { inject, injectable } from 'tsyringe';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryAuthStore } from '../auth/memory-auth-store.js';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { IterListProvider } from '../composition/iter-list-provider.js';
import { G4FError } from '../errors/g4f-error.js';
import { InvalidConfigError } from '../errors/invalid-config-error.js';
import { ProviderNotFoundError } from '../errors/provider-not-found-error.js';
import { HttpClient } from '../http/http-client.js';
import { createSilentLogger } from '../logging/create-logger.js';
import { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import { defineMockProvider, mockTextProvider } from '../testing/define-mock-provider.js';
import { AnyProvider } from './any-provider.js';
import { createContainer, disposeContainer, getRegistry } from './create-container.js';
import { definePlugin } from './define-plugin.js';
import type { RegistryChange } from './provider-registry.js';
import { HTTP_CLIENT, LOGGER } from './tokens.js';

const containers: ReturnType<typeof createContainer>[] = [];

function freshRegistry(plugins: Parameters<typeof createContainer>[0] extends infer O ? O : never = {}) {
  const container = createContainer({ authStore: new MemoryAuthStore(), logger: createSilentLogger(), ...plugins });
  containers.push(container);
  return getRegistry(container);
}

afterEach(async () => {
  await Promise.all(containers.splice(0).map((container) => disposeContainer(container)));
});

async function text(provider: AsyncGeneratorProvider, model = '') {
  let out = '';
  for await (const chunk of provider.createAsyncGenerator(model, [])) if (typeof chunk === 'string') out += chunk;
  return out;
}

describe('ProviderRegistry', () => {
  it('registers by class name and finds providers case-insensitively and by alias', () => {
    const registry = freshRegistry();
    const Janus = mockTextProvider('DeepseekAI_JanusPro7b');
    registry.register(Janus, { aliases: ['Janus'] });
    expect(registry.get('deepseekai_januspro7b')).toBeInstanceOf(Janus);
    expect(registry.get('JANUS').name).toBe('DeepseekAI_JanusPro7b');
    expect(registry.names()).toEqual(['DeepseekAI_JanusPro7b']);
  });

  it('lists the registered names when a name is unknown', () => {
    const registry = freshRegistry();
    registry.register(mockTextProvider('ARTA'));
    registry.register(mockTextProvider('G4F'));
    expect(() => registry.get('Nope')).toThrow(ProviderNotFoundError);
    expect(() => registry.get('Nope')).toThrow('Registered providers: ARTA, G4F');
  });

  it('refuses a duplicate name unless replace is asked for', () => {
    const registry = freshRegistry();
    registry.register(mockTextProvider('A'));
    expect(() => registry.register(mockTextProvider('A'))).toThrow(/already registered/);
    const Replacement = mockTextProvider('A', 'new');
    registry.register(Replacement, { replace: true });
    expect(registry.get('A')).toBeInstanceOf(Replacement);
  });

  it('rejects names with spaces or colons', () => {
    const registry = freshRegistry();
    expect(() => registry.register(mockTextProvider('A B'))).toThrow(G4FError);
    expect(() => registry.register(mockTextProvider('A'), { name: 'x:y' })).toThrow(/Invalid provider name/);
  });

  it('unregisters, and emits change events', () => {
    const registry = freshRegistry();
    const changes: RegistryChange[] = [];
    const unsubscribe = registry.onChange((change) => changes.push(change));
    registry.register(mockTextProvider('A'));
    registry.swap('a', mockTextProvider('A2'));
    expect(registry.unregister('A')).toBe(true);
    expect(registry.unregister('A')).toBe(false);
    unsubscribe();
    registry.register(mockTextProvider('B'));
    expect(changes).toEqual([
      { type: 'register', name: 'A' },
      { type: 'swap', name: 'A' },
      { type: 'unregister', name: 'A' },
    ]);
  });

  it('swap affects new calls only: a call in flight finishes on its old instance', async () => {
    const registry = freshRegistry();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const Old = defineMockProvider({
      name: 'Old',
      async *respond() {
        yield 'old-start ';
        await gate;
        yield 'old-end';
      },
    });
    registry.register(Old, { name: 'Chat' });
    const inFlight = registry.get('Chat').createAsyncGenerator('', []);
    expect((await inFlight.next()).value).toBe('old-start ');

    registry.swap('Chat', mockTextProvider('New', 'new answer'));
    expect(await text(registry.get('Chat'))).toBe('new answer');

    release();
    const rest: ResponseChunk[] = [];
    for await (const chunk of inFlight) rest.push(chunk);
    expect(rest).toEqual(['old-end']);
  });

  it('swap of an unknown name fails with the registered names', () => {
    const registry = freshRegistry();
    expect(() => registry.swap('Ghost', mockTextProvider('X'))).toThrow(ProviderNotFoundError);
  });

  it('resolves specs: a name, "A B" as a fallback list, an instance, nothing as model routing', () => {
    const registry = freshRegistry();
    registry.register(mockTextProvider('A'));
    registry.register(mockTextProvider('B'));
    const list = registry.resolve('A  b');
    expect(list).toBeInstanceOf(IterListProvider);
    expect((list as IterListProvider).providers.map((provider) => provider.name)).toEqual(['A', 'B']);
    const instance = registry.get('A');
    expect(registry.resolve(instance)).toBe(instance);
    expect(registry.resolve('a')).toBe(instance);
    expect(registry.resolve()).toBeInstanceOf(AnyProvider);
    expect(() => registry.resolve('A Missing')).toThrow(ProviderNotFoundError);
  });

  it('builds providers through the container with explicit injection tokens', () => {
    @injectable()
    class NeedsServices extends AsyncGeneratorProvider {
      constructor(
        @inject(HTTP_CLIENT) readonly http: HttpClient,
        @inject(LOGGER) readonly logger: unknown,
      ) {
        super();
      }
      override async *createAsyncGenerator(): AsyncGenerator<ResponseChunk> {}
    }
    const registry = freshRegistry();
    const provider = registry.register(NeedsServices).provider as NeedsServices;
    expect(provider.http).toBeInstanceOf(HttpClient);
    expect(provider.logger).toBeDefined();
  });

  it('accepts a factory and a prebuilt instance', async () => {
    const registry = freshRegistry();
    const Text = mockTextProvider('Text', 'from factory');
    registry.register(() => new Text(), { name: 'Factory' });
    registry.register(new (mockTextProvider('Instance', 'from instance'))());
    expect(await text(registry.get('Factory'))).toBe('from factory');
    expect(await text(registry.get('Instance'))).toBe('from instance');
  });
});

describe('createContainer', () => {
  it('registers every provider of every plugin, with names and aliases', () => {
    const plugin = definePlugin({
      name: 'demo',
      providers: [mockTextProvider('One'), { provider: mockTextProvider('TwoImpl'), name: 'Two', aliases: ['2'] }],
    });
    const registry = freshRegistry({ plugins: [plugin] });
    expect(registry.names()).toEqual(['One', 'Two']);
    expect(registry.get('2').name).toBe('Two');
  });

  it('keeps containers independent', () => {
    const first = freshRegistry({ plugins: [definePlugin({ name: 'p', providers: [mockTextProvider('Only')] })] });
    const second = freshRegistry();
    expect(first.has('Only')).toBe(true);
    expect(second.has('Only')).toBe(false);
  });

  it('fails on invalid config, naming the field', () => {
    expect(() => createContainer({ config: { timeoutMs: -5 } })).toThrow(InvalidConfigError);
    expect(() => createContainer({ config: { timeoutMs: -5 } })).toThrow(/timeoutMs/);
    expect(() => createContainer({ config: { colour: 'blue' } })).toThrow(/colour/);
  });

  it('validates plugin definitions', () => {
    expect(() => definePlugin({ name: '', providers: [mockTextProvider('A')] })).toThrow(/name/);
    expect(() => definePlugin({ name: 'x', providers: [] })).toThrow(/at least one provider/);
  });
});
