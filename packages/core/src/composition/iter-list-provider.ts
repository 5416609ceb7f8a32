import { JsonConversation } from '../chunks/json-conversation.js';
import { ProviderInfo } from '../chunks/provider-info.js';
import { isContent, type ResponseChunk } from '../chunks/response-chunk.js';
import type { ProviderAttemptError } from '../errors/retry-provider-error.js';
import { createSilentLogger, type Logger } from '../logging/create-logger.js';
import {
  AsyncGeneratorProvider,
  type ModelCatalogue,
  type ProviderMetadata,
} from '../provider/async-generator-provider.js';
import type { GenerateOptions } from '../provider/generate-options.js';
import type { Message } from '../provider/message.js';
import { isAbortError, throwIfAborted } from '../signal/throw-if-aborted.js';
import { aggregateErrors } from './aggregate-errors.js';
import { conversationFor, scopeConversation } from './conversation-scope.js';
import { resolveModelFor } from './resolve-model-for.js';

export interface IterListOptions {
  /** Try the providers in a new random order on every call. */
  shuffle?: boolean;
  logger?: Logger;
  random?: () => number;
}

/**
 * Tries each provider in turn (g4f's IterListProvider). Yields a
 * {@link ProviderInfo} per attempt; a provider that fails or ends without
 * content falls through to the next; once content has started there is no
 * failover, so output is never duplicated. Failures are aggregated by
 * {@link aggregateErrors}, keeping their type.
 */
export class IterListProvider extends AsyncGeneratorProvider {
  static override label = 'IterListProvider';
  static override working = true;

  readonly providers: readonly AsyncGeneratorProvider[];
  private readonly shuffle: boolean;
  /** Built on first use: the client wraps every lone provider in a list per call, and a pino instance is not free. */
  private ownLogger: Logger | undefined;
  private readonly random: () => number;

  constructor(providers: readonly AsyncGeneratorProvider[], options: IterListOptions = {}) {
    super();
    this.providers = [...providers];
    this.shuffle = options.shuffle ?? false;
    this.ownLogger = options.logger;
    this.random = options.random ?? Math.random;
  }

  private get logger(): Logger {
    this.ownLogger ??= createSilentLogger();
    return this.ownLogger;
  }

  override get name(): string {
    return this.providers.map((provider) => provider.name).join(' ');
  }

  override get metadata(): ProviderMetadata {
    const members = this.providers.map((provider) => provider.metadata);
    return {
      ...super.metadata,
      label: members.map((member) => member.label).join(', '),
      working: members.some((member) => member.working),
      needsAuth: members.every((member) => member.needsAuth),
      supportsStream: members.some((member) => member.supportsStream),
    };
  }

  override get catalogue(): ModelCatalogue {
    const first = this.providers[0]?.catalogue;
    const unique = (pick: (catalogue: ModelCatalogue) => readonly string[]) => [
      ...new Set(this.providers.flatMap((provider) => pick(provider.catalogue))),
    ];
    return {
      defaultModel: first?.defaultModel ?? '',
      defaultImageModel: first?.defaultImageModel,
      defaultVisionModel: first?.defaultVisionModel,
      models: unique((catalogue) => catalogue.models),
      imageModels: unique((catalogue) => catalogue.imageModels),
      visionModels: unique((catalogue) => catalogue.visionModels),
      modelAliases: Object.assign({}, ...this.providers.map((provider) => provider.catalogue.modelAliases)),
    };
  }

  /** Composites resolve per member, so the requested name passes through. */
  override resolveModel(model: string | undefined): string {
    return model ?? '';
  }

  override async *createAsyncGenerator(
    model: string,
    messages: readonly Message[],
    options: GenerateOptions = {},
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    const failures: ProviderAttemptError[] = [];
    for (const provider of this.orderedProviders()) {
      throwIfAborted(options.signal);
      const metadata = provider.metadata;
      if (!metadata.working) continue;
      let started = false;
      try {
        const providerModel = resolveModelFor(provider, model, options.outputKind);
        yield new ProviderInfo({ ...metadata, model: providerModel });
        const attemptOptions =
          options.conversation === undefined
            ? options
            : { ...options, conversation: conversationFor(options.conversation, provider.name) };
        for await (const chunk of provider.createAsyncGenerator(providerModel, messages, attemptOptions)) {
          if (chunk === '' || chunk === null || chunk === undefined) continue;
          if (isContent(chunk)) started = true;
          yield chunk instanceof JsonConversation && this.providers.length > 1
            ? scopeConversation(options.conversation, provider.name, chunk)
            : chunk;
        }
        if (started) return;
        this.logger.debug({ provider: provider.name }, 'provider ended without content; trying the next');
      } catch (error) {
        if (started || isAbortError(error) || options.signal?.aborted) throw error;
        this.logger.debug({ provider: provider.name, err: error }, 'provider failed; trying the next');
        failures.push({ providerName: provider.name, error });
      }
    }
    throw aggregateErrors(failures);
  }

  private orderedProviders(): AsyncGeneratorProvider[] {
    const list = [...this.providers];
    if (!this.shuffle) return list;
    for (let index = list.length - 1; index > 0; index -= 1) {
      const swapWith = Math.floor(this.random() * (index + 1));
      [list[index], list[swapWith]] = [list[swapWith] as AsyncGeneratorProvider, list[index] as AsyncGeneratorProvider];
    }
    return list;
  }
}
