import type { AsyncGeneratorProvider, ModelCatalogue, ProviderRegistry } from '@g4f-kit/core';

/** One `/v1/models` entry: OpenAI's fields plus g4f's flags. */
export interface ModelEntry {
  id: string;
  object: 'model';
  /** Unix seconds; 0 as in g4f, model catalogues carry no dates. */
  created: number;
  owned_by: string;
  image: boolean;
  vision: boolean;
  /** True for the entries naming a provider (usable as `model`), as g4f lists them. */
  provider: boolean;
}

/** Every name a provider answers to: its models, then its aliases. */
export function catalogueNames(catalogue: ModelCatalogue): string[] {
  const names = new Set<string>();
  if (catalogue.defaultModel) names.add(catalogue.defaultModel);
  for (const name of [...catalogue.models, ...catalogue.imageModels, ...catalogue.visionModels]) names.add(name);
  for (const alias of Object.keys(catalogue.modelAliases)) names.add(alias);
  return [...names];
}

/** The models of one provider, flagged image / vision. */
export function providerModelEntries(provider: AsyncGeneratorProvider): ModelEntry[] {
  const catalogue = provider.catalogue;
  const ownedBy = provider.metadata.label || provider.name;
  return catalogueNames(catalogue).map((id) => modelEntry(id, ownedBy, catalogue));
}

/**
 * `/v1/models`: the models of every working provider (a name served by
 * several providers is listed once, owned by the first), then one entry per
 * working provider, since a provider name is a valid `model` too.
 */
export function listModelEntries(registry: ProviderRegistry): ModelEntry[] {
  const working = registry
    .list()
    .map((entry) => entry.provider)
    .filter((provider) => provider.metadata.working);
  const entries = new Map<string, ModelEntry>();
  for (const provider of working) {
    for (const entry of providerModelEntries(provider)) if (!entries.has(entry.id)) entries.set(entry.id, entry);
  }
  for (const provider of working) {
    if (entries.has(provider.name)) continue;
    const catalogue = provider.catalogue;
    entries.set(provider.name, {
      id: provider.name,
      object: 'model',
      created: 0,
      owned_by: provider.metadata.label || provider.name,
      image: Boolean(catalogue.defaultImageModel) || catalogue.imageModels.length > 0,
      vision: Boolean(catalogue.defaultVisionModel) || catalogue.visionModels.length > 0,
      provider: true,
    });
  }
  return [...entries.values()];
}

/** `/v1/models/:id`: a listed id, or `Provider:model` for a model that provider has. */
export function findModelEntry(registry: ProviderRegistry, id: string): ModelEntry | undefined {
  const listed = listModelEntries(registry).find((entry) => entry.id === id);
  if (listed) return listed;
  const separator = id.indexOf(':');
  if (separator <= 0) return undefined;
  const providerName = id.slice(0, separator);
  if (!registry.has(providerName)) return undefined;
  const provider = registry.get(providerName);
  const model = id.slice(separator + 1);
  const names = catalogueNames(provider.catalogue);
  if (names.length > 0 && !names.includes(model)) return undefined;
  return { ...modelEntry(model, provider.metadata.label || provider.name, provider.catalogue), id };
}

function modelEntry(id: string, ownedBy: string, catalogue: ModelCatalogue): ModelEntry {
  const target = catalogue.modelAliases[id];
  const targets = target === undefined ? [id] : typeof target === 'string' ? [target] : [...target];
  const isImage = (name: string) => catalogue.imageModels.includes(name) || catalogue.defaultImageModel === name;
  return {
    id,
    object: 'model',
    created: 0,
    owned_by: ownedBy,
    image: [id, ...targets].some(isImage),
    vision: [id, ...targets].some((name) => catalogue.visionModels.includes(name)),
    provider: false,
  };
}
