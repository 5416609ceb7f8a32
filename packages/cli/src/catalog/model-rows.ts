import type { RegisteredProvider } from '@g4f-kit/core';
import { catalogueModelNames } from './catalogue-model-names.js';
import { type ModelKind, modelKind } from './model-kind.js';

/** One line of `g4f-kit models`: a model name and every provider that serves it. */
export interface ModelRow {
  model: string;
  providers: string[];
  /** Usually one; several when providers disagree (one draws it, another chats). */
  kinds: ModelKind[];
}

/** Every model name (aliases included) of the given providers, sorted by name. */
export function modelRows(entries: readonly RegisteredProvider[]): ModelRow[] {
  const rows = new Map<string, ModelRow>();
  for (const { name: providerName, provider } of entries) {
    const catalogue = provider.catalogue;
    for (const model of catalogueModelNames(catalogue)) {
      const row = rows.get(model) ?? { model, providers: [], kinds: [] };
      if (!row.providers.includes(providerName)) row.providers.push(providerName);
      const kind = modelKind(catalogue, model);
      if (!row.kinds.includes(kind)) row.kinds.push(kind);
      rows.set(model, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.model.localeCompare(b.model));
}
