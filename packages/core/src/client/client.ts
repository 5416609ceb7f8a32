import type { DependencyContainer } from 'tsyringe';
import { IterListProvider } from '../composition/iter-list-provider.js';
import type { G4FConfig } from '../config/config-schema.js';
import type { HttpClient } from '../http/http-client.js';
import type { Logger } from '../logging/create-logger.js';
import type { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import { AnyProvider } from '../registry/any-provider.js';
import { type CreateContainerOptions, createContainer, disposeContainer } from '../registry/create-container.js';
import type { ProviderRegistry } from '../registry/provider-registry.js';
import { CONFIG, HTTP_CLIENT, LOGGER, PROVIDER_REGISTRY } from '../registry/tokens.js';
import { ChatCompletions } from './chat-completions.js';
import type { ClientContext } from './client-context.js';
import { Images } from './images.js';
import { MediaStore } from './media-store.js';

export interface ClientOptions {
  /** A container from `createContainer()`; the client builds one when absent. */
  container?: DependencyContainer;
  /** Used to build a container when none is given. */
  containerOptions?: CreateContainerOptions;
  /** Default provider spec for every call: a name, "A B", or an instance. */
  provider?: string | AsyncGeneratorProvider;
  /** Where images without a responseFormat are saved; defaults to config.mediaDir. */
  mediaDir?: string;
}

/**
 * The library's entry point, shaped like OpenAI's client:
 * `client.images.generate()` and `client.chat.completions.create()`.
 */
export class Client {
  readonly images: Images;
  readonly chat: { completions: ChatCompletions };
  readonly registry: ProviderRegistry;
  readonly container: DependencyContainer;
  private readonly ownsContainer: boolean;

  constructor(options: ClientOptions = {}) {
    this.ownsContainer = options.container === undefined;
    this.container = options.container ?? createContainer(options.containerOptions);
    this.registry = this.container.resolve<ProviderRegistry>(PROVIDER_REGISTRY);
    const config = this.container.resolve<G4FConfig>(CONFIG);
    const http = this.container.resolve<HttpClient>(HTTP_CLIENT);
    const context: ClientContext = {
      config,
      logger: this.container.resolve<Logger>(LOGGER),
      media: new MediaStore(http, options.mediaDir ?? config.mediaDir),
      resolveProvider: (spec) => asAttempt(this.registry.resolve(spec ?? options.provider)),
    };
    this.images = new Images(context);
    this.chat = { completions: new ChatCompletions(context) };
  }

  /** Releases pooled sockets when the client built its own container. */
  async close(): Promise<void> {
    if (this.ownsContainer) await disposeContainer(this.container);
  }
}

/**
 * Runs a lone provider as a one-item list, so every call path resolves the
 * model the same way and reports which provider and model answered.
 */
function asAttempt(provider: AsyncGeneratorProvider): AsyncGeneratorProvider {
  if (provider instanceof IterListProvider || provider instanceof AnyProvider) return provider;
  let list = loneProviderLists.get(provider);
  if (list === undefined) {
    list = new IterListProvider([provider]);
    loneProviderLists.set(provider, list);
  }
  return list;
}

/** One list per provider instance, built once: a list keeps no state between calls. */
const loneProviderLists = new WeakMap<AsyncGeneratorProvider, IterListProvider>();

/** Builds a container with the given plugins and config, and a client on it. */
export function createClient(
  options: CreateContainerOptions & Omit<ClientOptions, 'container' | 'containerOptions'> = {},
) {
  const { provider, mediaDir, ...containerOptions } = options;
  return new Client({
    containerOptions,
    ...(provider === undefined ? {} : { provider }),
    ...(mediaDir === undefined ? {} : { mediaDir }),
  });
}
