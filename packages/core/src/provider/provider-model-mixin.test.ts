import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { ModelNotFoundError } from '../errors/model-not-found-error.js';
import { AsyncGeneratorProvider } from './async-generator-provider.js';
import { formatImagePrompt } from './message.js';
import { ProviderModelMixin } from './provider-model-mixin.js';

class Styles extends ProviderModelMixin(AsyncGeneratorProvider) {
  static override label = 'Styles';
  static override working = true;
  static override defaultModel = 'flux';
  static override models = ['flux', 'sdxl-1.0'];
  static override modelAliases = {
    flux: 'Flux',
    'sdxl-1.0': 'SDXL 1.0',
    'gpt-image': ['GPT4o', 'High GPT4o', 'GPT4o Ghibli'],
  };
  override async *createAsyncGenerator(model: string): AsyncGenerator<ResponseChunk> {
    yield model;
  }
}

class Anything extends ProviderModelMixin(AsyncGeneratorProvider) {
  override async *createAsyncGenerator(): AsyncGenerator<ResponseChunk> {}
}

afterEach(() => vi.restoreAllMocks());

describe('ProviderModelMixin.getModel', () => {
  it('turns an empty name into the default model, then resolves its alias', () => {
    expect(Styles.getModel('')).toBe('Flux');
    expect(Styles.getModel(undefined)).toBe('Flux');
    expect(new Styles().resolveModel('')).toBe('Flux');
  });

  it('resolves a string alias to its target', () => {
    expect(Styles.getModel('sdxl-1.0')).toBe('SDXL 1.0');
  });

  it('picks one target of a list alias at random', () => {
    vi.spyOn(Math, 'random').mockReturnValueOnce(0).mockReturnValueOnce(0.99);
    expect(Styles.getModel('gpt-image')).toBe('GPT4o');
    expect(Styles.getModel('gpt-image')).toBe('GPT4o Ghibli');
  });

  it('accepts a target name as itself (so resolving twice is stable)', () => {
    expect(Styles.getModel('SDXL 1.0')).toBe('SDXL 1.0');
    expect(Styles.getModel(Styles.getModel('gpt-image'))).toMatch(/GPT4o/);
  });

  it('rejects an unknown name with the valid names listed', () => {
    const attempt = () => Styles.getModel('flux-9000');
    expect(attempt).toThrow(ModelNotFoundError);
    try {
      attempt();
    } catch (error) {
      expect(ModelNotFoundError.isInstance(error) && error.validModels).toEqual(['flux', 'sdxl-1.0', 'gpt-image']);
      expect((error as Error).message).toContain('Styles');
    }
  });

  it('lets a provider without a catalogue accept any name', () => {
    expect(Anything.getModel('whatever')).toBe('whatever');
  });

  it('exposes the catalogue and metadata statically and per instance', async () => {
    expect(await Styles.getModels()).toEqual(['flux', 'sdxl-1.0', 'gpt-image']);
    const instance = new Styles();
    expect(instance.metadata).toMatchObject({ name: 'Styles', label: 'Styles', working: true, supportsStream: true });
    expect(instance.catalogue.defaultModel).toBe('flux');
  });
});

describe('formatImagePrompt', () => {
  it('prefers the prompt option, else the last user message', () => {
    const messages = [
      { role: 'user' as const, content: 'first' },
      { role: 'assistant' as const, content: 'reply' },
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'a red fox' }] },
    ];
    expect(formatImagePrompt(messages, 'explicit')).toBe('explicit');
    expect(formatImagePrompt(messages)).toBe('a red fox');
    expect(formatImagePrompt([])).toBe('');
  });
});
