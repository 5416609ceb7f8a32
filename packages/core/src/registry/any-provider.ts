import type { ResponseChunk } from '../chunks/response-chunk.js';
import { IterListProvider } from '../composition/iter-list-provider.js';
import { ModelNotFoundError } from '../errors/model-not-found-error.js';
import { createSilentLogger, type Logger } from '../logging/create-logger.js';
import {
  AsyncGeneratorProvider,
  type ModelCatalogue,
  type ProviderMetadata,
} from '../provider/async-generator-provider.js';
import type { GenerateOptions } from '../provider/generate-options.js';
import type { Message } from '../provider/message.js';
import type { ProviderRegistry } from './provider-registry.js';

export interface ModelRoute {
  /** What to call: one provider, or a fallback list. */
  provider: AsyncGeneratorProvider;
  /** The model name to pass it. */
  model: string;
}

/**
 * Routes a model name to every registered, working provider whose catalogue
 * has it, derived from the registry on each call, so registering, swapping or
 * removing a provider changes routing at once. `Provider:model` and a bare
 * provider name address one provider directly, with no fallback.
 */
export class AnyProvider extends AsyncGeneratorProvider {
  static override label = 'Any provider';
  static override working = true;

  constructor(
    private readonly registry: ProviderRegistry,
    private readonly logger: Logger = createSilentLogger(),
  ) {
    super();
  }

  override get name(): string {
    return 'AnyProvider';
  }

  override get metadata(): ProviderMetadata {
    return { ...super.metadata, name: this.name, label: AnyProvider.label };
  }

  override get catalogue(): ModelCatalogue {
    return new IterListProvider(this.workingProviders()).catalogue;
  }

  override resolveModel(model: string | undefined): string {
    return model ?? '';
  }

  /** Every model name some working provider answers to. */
  modelNames(): string[] {
    const names = new Set<string>();
    for (const provider of this.workingProviders()) {
      for (const name of catalogueNames(provider.catalogue)) names.add(name);
    }
    return [...names];
  }

  route(model: string, options: Pick<GenerateOptions, 'outputKind' | 'apiKey'> = {}): ModelRoute {
    const requested = model.trim();
    const separator = requested.indexOf(':');
    if (separator > 0 && this.registry.has(requested.slice(0, separator))) {
      const provider = this.registry.get(requested.slice(0, separator));
      return {
        provider: new IterListProvider([provider], { logger: this.logger }),
        model: requested.slice(separator + 1),
      };
    }
    if (requested !== '' && this.registry.has(requested)) {
      return { provider: new IterListProvider([this.registry.get(requested)], { logger: this.logger }), model: '' };
    }
    const candidates = this.workingProviders().filter((provider) =>
      requested === ''
        ? servesKind(provider.catalogue, options.outputKind)
        : catalogueNames(provider.catalogue).has(requested),
    );
    if (candidates.length === 0) {
      throw new ModelNotFoundError(requested || '(default)', this.modelNames());
    }
    // Without a key of the caller's, providers that need none go first (g4f's order).
    const ordered = options.apiKey
      ? candidates
      : [...candidates].sort((a, b) => Number(a.metadata.needsAuth) - Number(b.metadata.needsAuth));
    return { provider: new IterListProvider(ordered, { logger: this.logger }), model: requested };
  }

  override async *createAsyncGenerator(
    model: string,
    messages: readonly Message[],
    options: GenerateOptions = {},
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    const route = this.route(model, options);
    yield* route.provider.createAsyncGenerator(route.model, messages, options);
  }

  private workingProviders(): AsyncGeneratorProvider[] {
    return this.registry
      .list()
      .map((entry) => entry.provider)
      .filter((provider) => provider.metadata.working);
  }
}

function catalogueNames(catalogue: ModelCatalogue): Set<string> {
  const names = new Set<string>([...catalogue.models, ...catalogue.imageModels, ...catalogue.visionModels]);
  if (catalogue.defaultModel) names.add(catalogue.defaultModel);
  for (const alias of Object.keys(catalogue.modelAliases)) names.add(alias);
  return names;
}

function servesKind(catalogue: ModelCatalogue, kind: GenerateOptions['outputKind']): boolean {
  if (kind === 'image') return Boolean(catalogue.defaultImageModel) || catalogue.imageModels.length > 0;
  if (kind === 'text') {
    const imageOnly = new Set(catalogue.imageModels);
    return [catalogue.defaultModel, ...catalogue.models].some((name) => name !== '' && !imageOnly.has(name));
  }
  return true;
}
