import 'reflect-metadata';

export { inject, injectable } from 'tsyringe';
export * from './auth/index.js';
export * from './chunks/index.js';
export type { ChatCompletion, ChatCompletionChunk, CompletionUsage } from './client/chat-completion-types.js';
export { ChatCompletions } from './client/chat-completions.js';
export { Client, type ClientOptions, createClient } from './client/client.js';
export type { ChatCompletionParams, ImageGenerateParams } from './client/client-params.js';
export { type GeneratedImage, Images, type ImagesResponse } from './client/images.js';
export { type DownloadOptions, MediaStore } from './client/media-store.js';
export { parseSize } from './client/parse-size.js';
export { aggregateErrors } from './composition/aggregate-errors.js';
export { type IterListOptions, IterListProvider } from './composition/iter-list-provider.js';
export { RetryProvider, type RetryProviderOptions } from './composition/retry-provider.js';
export * from './config/index.js';
export * from './errors/index.js';
export * from './http/index.js';
export {
  type CreateLoggerOptions,
  createLogger,
  createSilentLogger,
  type Logger,
  REDACTED_PATHS,
} from './logging/create-logger.js';
export * from './polling/index.js';
export * from './progress/index.js';
export * from './provider/index.js';
export { AnyProvider, type ModelRoute } from './registry/any-provider.js';
export {
  type CreateContainerOptions,
  createContainer,
  disposeContainer,
  getRegistry,
  installPlugin,
} from './registry/create-container.js';
export {
  definePlugin,
  isPlugin,
  type Plugin,
  type PluginDefinition,
  type ProviderFactory,
  type ProviderRegistration,
} from './registry/define-plugin.js';
export { type LoadPluginsOptions, loadPlugins, PluginLoadError } from './registry/load-plugins.js';
export {
  ProviderRegistry,
  type ProviderSource,
  type RegisteredProvider,
  type RegisterOptions,
  type RegistryChange,
} from './registry/provider-registry.js';
export { AUTH_STORE, CLOCK, CONFIG, HTTP_CLIENT, LOGGER, PROVIDER_REGISTRY } from './registry/tokens.js';
export * from './signal/index.js';
export { definedOnly } from './util/defined-only.js';
