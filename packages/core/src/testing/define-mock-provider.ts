import { ImageResponse } from '../chunks/image-response.js';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { MissingAuthError } from '../errors/missing-auth-error.js';
import { ResponseStatusError } from '../errors/response-status-error.js';
import { AsyncGeneratorProvider, type ProviderClass } from '../provider/async-generator-provider.js';
import type { GenerateOptions } from '../provider/generate-options.js';
import type { Message } from '../provider/message.js';
import { ProviderModelMixin } from '../provider/provider-model-mixin.js';

export interface MockCall {
  model: string;
  messages: readonly Message[];
  options: GenerateOptions;
}

export type MockRespond = (
  call: MockCall,
) => Iterable<ResponseChunk> | AsyncIterable<ResponseChunk> | Promise<Iterable<ResponseChunk>>;

export interface MockProviderSpec {
  /** The class name, used as the default registry name. */
  name?: string;
  label?: string;
  working?: boolean;
  needsAuth?: boolean;
  defaultModel?: string;
  defaultImageModel?: string;
  models?: readonly string[];
  imageModels?: readonly string[];
  modelAliases?: Record<string, string | readonly string[]>;
  respond: MockRespond;
}

export type MockProviderClass = ProviderClass & { readonly calls: MockCall[] };

/**
 * Builds a fresh provider class with its own call log, for tests of code that
 * consumes providers (registries, fallbacks, clients, servers).
 */
export function defineMockProvider(spec: MockProviderSpec): MockProviderClass {
  const calls: MockCall[] = [];
  const MockProvider = class extends ProviderModelMixin(AsyncGeneratorProvider) {
    static override label = spec.label ?? spec.name ?? 'Mock provider';
    static override url = 'https://mock.invalid';
    static override working = spec.working ?? true;
    static override needsAuth = spec.needsAuth ?? false;
    static override defaultModel = spec.defaultModel ?? '';
    static override defaultImageModel = spec.defaultImageModel;
    static override models = spec.models ?? [];
    static override imageModels = spec.imageModels ?? [];
    static override modelAliases = spec.modelAliases ?? {};
    static readonly calls = calls;

    override async *createAsyncGenerator(
      model: string,
      messages: readonly Message[],
      options: GenerateOptions = {},
    ): AsyncGenerator<ResponseChunk, void, undefined> {
      const call = { model, messages, options };
      calls.push(call);
      yield* await spec.respond(call);
    }
  };
  Object.defineProperty(MockProvider, 'name', { value: spec.name ?? 'MockProvider' });
  return MockProvider as unknown as MockProviderClass;
}

/** Yields the given text, one chunk per word. */
export function mockTextProvider(
  name: string,
  text = 'Hello from the mock provider',
  extra: Partial<MockProviderSpec> = {},
) {
  return defineMockProvider({
    name,
    defaultModel: 'mock-chat',
    models: ['mock-chat'],
    ...extra,
    respond: () => text.split(/(?<= )/),
  });
}

/** Yields one image per requested `n` at data: URLs (a 1x1 PNG). */
export function mockImageProvider(name: string, extra: Partial<MockProviderSpec> = {}) {
  return defineMockProvider({
    name,
    defaultModel: 'mock-image',
    defaultImageModel: 'mock-image',
    imageModels: ['mock-image'],
    ...extra,
    respond: ({ options }) => [
      new ImageResponse(
        Array.from({ length: options.n ?? 1 }, () => ONE_PIXEL_PNG),
        options.prompt ?? '',
      ),
    ],
  });
}

/** Ends without yielding anything. */
export function mockEmptyProvider(name: string, extra: Partial<MockProviderSpec> = {}) {
  return defineMockProvider({ name, defaultModel: 'mock-chat', models: ['mock-chat'], ...extra, respond: () => [] });
}

/** Throws the given error (a 500 by default) before yielding anything. */
export function mockErrorProvider(name: string, error?: () => Error, extra: Partial<MockProviderSpec> = {}) {
  return defineMockProvider({
    name,
    defaultModel: 'mock-chat',
    models: ['mock-chat'],
    ...extra,
    respond: () => {
      throw error ? error() : new ResponseStatusError(`${name} failed: HTTP 500`, { status: 500 });
    },
  });
}

/** Throws a MissingAuthError, as an upstream answering 401 would. */
export function mockAuthErrorProvider(name: string, extra: Partial<MockProviderSpec> = {}) {
  return mockErrorProvider(
    name,
    () => new MissingAuthError(`${name}: HTTP 401: invalid credentials`, { status: 401 }),
    extra,
  );
}

/** Answers with the model name it was called with. */
export function mockEchoModelProvider(name: string, extra: Partial<MockProviderSpec> = {}) {
  return defineMockProvider({
    name,
    defaultModel: 'echo-default',
    models: ['echo-default', 'echo-other'],
    ...extra,
    respond: ({ model }) => [model],
  });
}

/** A valid 1x1 transparent PNG. */
export const ONE_PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
