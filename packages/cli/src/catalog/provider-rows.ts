import type { RegisteredProvider } from '@g4f-kit/core';
import { catalogueModelNames } from './catalogue-model-names.js';

/** One line of `g4f-kit providers`. */
export interface ProviderRow {
  name: string;
  label: string;
  working: boolean;
  needsAuth: boolean;
  /** Distinct model names in the catalogue (aliases not counted). */
  models: number;
  url: string;
  aliases: readonly string[];
  parent?: string;
  defaultModel?: string;
}

/** The registry's providers, in registration order, from their static metadata (no network). */
export function providerRows(entries: readonly RegisteredProvider[]): ProviderRow[] {
  return entries.map(({ name, aliases, provider }) => {
    const { label, working, needsAuth, url, parent } = provider.metadata;
    const { defaultModel } = provider.catalogue;
    return {
      name,
      label,
      working,
      needsAuth,
      models: catalogueModelNames(provider.catalogue, { aliases: false }).length,
      url,
      aliases,
      ...(parent ? { parent } : {}),
      ...(defaultModel ? { defaultModel } : {}),
    };
  });
}
