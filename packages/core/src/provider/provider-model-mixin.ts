import { ModelNotFoundError } from '../errors/model-not-found-error.js';
import type { AsyncGeneratorProvider } from './async-generator-provider.js';

// biome-ignore lint/suspicious/noExplicitAny: mixin constructors must accept any arguments.
type AbstractProviderConstructor = abstract new (...args: any[]) => AsyncGeneratorProvider;

/**
 * Adds g4f's static model catalogue to a provider base class.
 *
 * `getModel(name)`: empty → `defaultModel`; an alias → its target (a list
 * alias → a random pick); a known name → itself; anything else →
 * {@link ModelNotFoundError} listing the valid names. A provider with an empty
 * catalogue accepts any name.
 */
export function ProviderModelMixin<TBase extends AbstractProviderConstructor>(Base: TBase) {
  abstract class ProviderWithModels extends Base {
    static defaultModel = '';
    static defaultImageModel: string | undefined = undefined;
    static defaultVisionModel: string | undefined = undefined;
    static models: readonly string[] = [];
    static imageModels: readonly string[] = [];
    static visionModels: readonly string[] = [];
    static modelAliases: Readonly<Record<string, string | readonly string[]>> = {};

    /** Every name a caller may pass: models first, then aliases. */
    static getModels(): readonly string[] | Promise<readonly string[]> {
      return validModelNames(this);
    }

    static getModel(name?: string): string {
      const requested = name?.trim() ?? '';
      // The default may itself be an alias (ARTA's `flux` → `Flux`): resolve it too.
      if (requested === '') return this.defaultModel === '' ? '' : this.getModel(this.defaultModel);
      const alias = this.modelAliases[requested];
      if (typeof alias === 'string') return alias;
      if (alias !== undefined && alias.length > 0) {
        return alias[Math.floor(Math.random() * alias.length)] as string;
      }
      if (knownTargets(this).has(requested)) return requested;
      const valid = validModelNames(this);
      if (valid.length === 0) return requested;
      throw new ModelNotFoundError(requested, valid, this.name);
    }
  }
  return ProviderWithModels;
}

interface CatalogueStatics {
  defaultModel: string;
  models: readonly string[];
  imageModels: readonly string[];
  visionModels: readonly string[];
  modelAliases: Readonly<Record<string, string | readonly string[]>>;
}

/** Per provider class: the catalogue fields a set was built from, and the set. */
const targetsCache = new WeakMap<CatalogueStatics, { sources: readonly unknown[]; names: ReadonlySet<string> }>();

/**
 * Every name `getModel` accepts as itself. Called on every generation (often
 * twice), so the set is kept per class and rebuilt only when one of the
 * static catalogue fields has been replaced.
 */
function knownTargets(statics: CatalogueStatics): ReadonlySet<string> {
  const sources = [
    statics.models,
    statics.imageModels,
    statics.visionModels,
    statics.defaultModel,
    statics.modelAliases,
  ] as const;
  const cached = targetsCache.get(statics);
  if (cached?.sources.every((source, index) => source === sources[index])) return cached.names;
  const names = buildKnownTargets(statics);
  targetsCache.set(statics, { sources, names });
  return names;
}

function buildKnownTargets(statics: CatalogueStatics): Set<string> {
  const names = new Set<string>([...statics.models, ...statics.imageModels, ...statics.visionModels]);
  if (statics.defaultModel) names.add(statics.defaultModel);
  for (const target of Object.values(statics.modelAliases)) {
    for (const name of typeof target === 'string' ? [target] : target) names.add(name);
  }
  return names;
}

function validModelNames(statics: CatalogueStatics): string[] {
  const names = new Set<string>();
  if (statics.defaultModel) names.add(statics.defaultModel);
  for (const name of [...statics.models, ...statics.imageModels, ...statics.visionModels]) names.add(name);
  for (const alias of Object.keys(statics.modelAliases)) names.add(alias);
  return [...names];
}
