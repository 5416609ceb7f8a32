import { createContainer, definePlugin, getRegistry, MemoryAuthStore } from '@g4f-kit/core';
import { defineMockProvider, mockImageProvider, mockTextProvider } from '@g4f-kit/core/testing';
import { describe, expect, it } from 'vitest';
import { modelKind } from './model-kind.js';
import { modelRows } from './model-rows.js';
import { providerRows } from './provider-rows.js';

function registryWith() {
  const Painter = defineMockProvider({
    name: 'Painter',
    label: 'Painter Images',
    defaultModel: 'paint-1',
    defaultImageModel: 'paint-1',
    imageModels: ['paint-1', 'paint-2'],
    modelAliases: { fast: 'paint-1', any: ['paint-2', 'paint-1'] },
    respond: () => [],
  });
  const Talker = mockTextProvider('Talker', 'hi', { models: ['mock-chat', 'paint-1'], needsAuth: true });
  const Viewer = defineMockProvider({
    name: 'Viewer',
    working: false,
    defaultModel: 'see-1',
    models: ['see-1'],
    respond: () => [],
  });
  Object.assign(Viewer, { defaultVisionModel: 'see-1', visionModels: ['see-1'] });
  const container = createContainer({
    plugins: [definePlugin({ name: 'catalog-test', providers: [Painter, Talker, Viewer] })],
    authStore: new MemoryAuthStore(),
  });
  return getRegistry(container);
}

describe('providerRows', () => {
  it('lists metadata and model counts from the registry, in registration order', () => {
    const rows = providerRows(registryWith().list());
    expect(rows.map((row) => [row.name, row.label, row.working, row.needsAuth, row.models])).toEqual([
      ['Painter', 'Painter Images', true, false, 2],
      ['Talker', 'Talker', true, true, 2],
      ['Viewer', 'Viewer', false, false, 1],
    ]);
    expect(rows[0]).toMatchObject({ url: 'https://mock.invalid', defaultModel: 'paint-1', aliases: [] });
  });
});

describe('modelRows', () => {
  it('lists every name (aliases included) with its providers and kind, sorted', () => {
    const rows = modelRows(registryWith().list());
    expect(rows).toEqual([
      { model: 'any', providers: ['Painter'], kinds: ['image'] },
      { model: 'fast', providers: ['Painter'], kinds: ['image'] },
      { model: 'mock-chat', providers: ['Talker'], kinds: ['text'] },
      { model: 'paint-1', providers: ['Painter', 'Talker'], kinds: ['image', 'text'] },
      { model: 'paint-2', providers: ['Painter'], kinds: ['image'] },
      { model: 'see-1', providers: ['Viewer'], kinds: ['vision'] },
    ]);
  });

  it('takes the kind of the first target of a list alias', () => {
    const catalogue = {
      defaultModel: '',
      defaultImageModel: undefined,
      defaultVisionModel: undefined,
      models: ['chat'],
      imageModels: ['img'],
      visionModels: [],
      modelAliases: { both: ['img', 'chat'], talk: 'chat' },
    };
    expect(modelKind(catalogue, 'both')).toBe('image');
    expect(modelKind(catalogue, 'talk')).toBe('text');
    expect(modelKind(catalogue, 'unknown')).toBe('text');
  });

  it('works for a mock image provider with only image models', () => {
    const container = createContainer({
      plugins: [definePlugin({ name: 'x', providers: [mockImageProvider('Img')] })],
      authStore: new MemoryAuthStore(),
    });
    expect(modelRows(getRegistry(container).list())).toEqual([
      { model: 'mock-image', providers: ['Img'], kinds: ['image'] },
    ]);
  });
});
