import type { ModelCatalogue } from '@g4f-kit/core';

/**
 * The model names a catalogue answers to, in catalogue order: the default,
 * the models, the image and vision models, and (unless left out) the aliases.
 */
export function catalogueModelNames(catalogue: ModelCatalogue, options: { aliases?: boolean } = {}): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    if (name) names.add(name);
  };
  add(catalogue.defaultModel);
  for (const name of catalogue.models) add(name);
  add(catalogue.defaultImageModel);
  for (const name of catalogue.imageModels) add(name);
  add(catalogue.defaultVisionModel);
  for (const name of catalogue.visionModels) add(name);
  if (options.aliases !== false) for (const alias of Object.keys(catalogue.modelAliases)) add(alias);
  return [...names];
}
