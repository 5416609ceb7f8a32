import type { DependencyContainer } from 'tsyringe';
import { G4FError } from '../errors/g4f-error.js';
import type { AsyncGeneratorProvider, ProviderClass } from '../provider/async-generator-provider.js';

export type ProviderFactory = (container: DependencyContainer) => AsyncGeneratorProvider;

/** A provider a plugin contributes, with the names it answers to. */
export interface ProviderRegistration {
  provider: ProviderClass | ProviderFactory;
  /** Registry name; defaults to the class name. */
  name?: string;
  /** Further names the registry resolves to this provider (case-insensitive). */
  aliases?: readonly string[];
}

export interface PluginDefinition {
  /** Unique plugin name, e.g. "arta". */
  name: string;
  providers: ReadonlyArray<ProviderClass | ProviderRegistration>;
  /** Registers extra services the providers inject, before they are built. */
  register?: (container: DependencyContainer) => void;
}

const PLUGIN_MARKER = Symbol.for('g4f-kit.plugin');

export interface Plugin extends PluginDefinition {
  readonly [PLUGIN_MARKER]: true;
}

/** Declares a plugin: a named set of providers the container registers. */
export function definePlugin(definition: PluginDefinition): Plugin {
  if (typeof definition.name !== 'string' || definition.name.trim() === '') {
    throw new G4FError('definePlugin: `name` must be a non-empty string');
  }
  if (!Array.isArray(definition.providers) || definition.providers.length === 0) {
    throw new G4FError(`definePlugin("${definition.name}"): \`providers\` must list at least one provider`);
  }
  return Object.freeze({ ...definition, [PLUGIN_MARKER]: true as const });
}

/** Recognises a plugin, also one made by another copy of @g4f-kit/core. */
export function isPlugin(value: unknown): value is Plugin {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PLUGIN_MARKER] === true;
}

export function toRegistration(entry: ProviderClass | ProviderRegistration): ProviderRegistration {
  return typeof entry === 'function' ? { provider: entry } : entry;
}
