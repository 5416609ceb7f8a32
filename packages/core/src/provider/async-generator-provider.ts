import type { ResponseChunk } from '../chunks/response-chunk.js';
import type { GenerateOptions } from './generate-options.js';
import type { Message } from './message.js';

/** What a registry or an API can show about a provider without running it. */
export interface ProviderMetadata {
  name: string;
  label: string;
  url: string;
  working: boolean;
  needsAuth: boolean;
  supportsStream: boolean;
  supportsSystemMessage: boolean;
  supportsMessageHistory: boolean;
  parent: string | undefined;
  parameters: readonly string[];
}

/** The model catalogue of a provider; empty lists when it has none. */
export interface ModelCatalogue {
  defaultModel: string;
  defaultImageModel: string | undefined;
  defaultVisionModel: string | undefined;
  models: readonly string[];
  imageModels: readonly string[];
  visionModels: readonly string[];
  modelAliases: Readonly<Record<string, string | readonly string[]>>;
}

const assignedNames = new WeakMap<AsyncGeneratorProvider, string>();

/**
 * The provider contract. Metadata is static, so a registry can list providers
 * without building them; the one instance method streams a response.
 *
 * Subclasses are built by the DI container: take collaborators as constructor
 * parameters with explicit `@inject(TOKEN)` decorators.
 */
export abstract class AsyncGeneratorProvider {
  static label = '';
  static url = '';
  static working = false;
  static needsAuth = false;
  static supportsStream = true;
  static supportsSystemMessage = false;
  static supportsMessageHistory = false;
  static parent: string | undefined = undefined;
  /** The option names this provider reads, shown by `/v1/providers/:id`. */
  static parameters: readonly string[] = ['model', 'messages', 'prompt', 'signal'];

  /**
   * Streams the answer: text deltas and typed chunks. Must honour
   * `options.signal` in every request, stream read, poll and delay.
   */
  abstract createAsyncGenerator(
    model: string,
    messages: readonly Message[],
    options?: GenerateOptions,
  ): AsyncGenerator<ResponseChunk, void, undefined>;

  /** The name this instance is registered under (else its class name). */
  get name(): string {
    return assignedNames.get(this) ?? this.constructor.name;
  }

  get metadata(): ProviderMetadata {
    const statics = this.constructor as typeof AsyncGeneratorProvider;
    return {
      name: this.name,
      label: statics.label || this.name,
      url: statics.url,
      working: statics.working,
      needsAuth: statics.needsAuth,
      supportsStream: statics.supportsStream,
      supportsSystemMessage: statics.supportsSystemMessage,
      supportsMessageHistory: statics.supportsMessageHistory,
      parent: statics.parent,
      parameters: statics.parameters,
    };
  }

  /** The model catalogue; a provider without one accepts any model name. */
  get catalogue(): ModelCatalogue {
    const statics = this.constructor as Partial<ModelCatalogue>;
    return {
      defaultModel: statics.defaultModel ?? '',
      defaultImageModel: statics.defaultImageModel,
      defaultVisionModel: statics.defaultVisionModel,
      models: statics.models ?? [],
      imageModels: statics.imageModels ?? [],
      visionModels: statics.visionModels ?? [],
      modelAliases: statics.modelAliases ?? {},
    };
  }

  /** Resolves a requested model name to the one the upstream knows. */
  resolveModel(model: string | undefined): string {
    const statics = this.constructor as { getModel?: (name?: string) => string };
    if (statics.getModel) return statics.getModel(model);
    // Without the mixin there is no alias table, but a static defaultModel still applies.
    return model?.trim() || this.catalogue.defaultModel;
  }

  /** Every model name a caller may use, aliases included; may be remote. */
  async listModels(): Promise<readonly string[]> {
    const statics = this.constructor as { getModels?: () => readonly string[] | Promise<readonly string[]> };
    return statics.getModels ? await statics.getModels() : this.catalogue.models;
  }
}

/** Binds the registered name to an instance; used by the registry. */
export function assignProviderName(provider: AsyncGeneratorProvider, name: string): void {
  assignedNames.set(provider, name);
}

/** A concrete provider class, with its static metadata. */
export type ProviderClass<T extends AsyncGeneratorProvider = AsyncGeneratorProvider> = (new (
  // biome-ignore lint/suspicious/noExplicitAny: constructor parameters are injected by the container.
  ...args: any[]
) => T) &
  Omit<typeof AsyncGeneratorProvider, 'prototype'> &
  Partial<ModelCatalogue> & {
    getModel?: (name?: string) => string;
    getModels?: () => readonly string[] | Promise<readonly string[]>;
  };
