import type { ModelCatalogue } from '@g4f-kit/core';

export type ModelKind = 'image' | 'vision' | 'text';

/**
 * What a model name produces in one catalogue: `image` for image models,
 * `vision` for chat models that take images, `text` otherwise. An alias
 * takes the kind of its target (the first, for a list alias).
 */
export function modelKind(catalogue: ModelCatalogue, name: string): ModelKind {
  const target = aliasTarget(catalogue, name) ?? name;
  for (const candidate of [name, target]) {
    if (candidate === catalogue.defaultImageModel || catalogue.imageModels.includes(candidate)) return 'image';
  }
  for (const candidate of [name, target]) {
    if (candidate === catalogue.defaultVisionModel || catalogue.visionModels.includes(candidate)) return 'vision';
  }
  return 'text';
}

function aliasTarget(catalogue: ModelCatalogue, name: string): string | undefined {
  if (!Object.hasOwn(catalogue.modelAliases, name)) return undefined;
  const target = catalogue.modelAliases[name];
  return typeof target === 'string' ? target : target?.[0];
}
