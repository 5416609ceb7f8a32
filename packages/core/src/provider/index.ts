export {
  AsyncGeneratorProvider,
  assignProviderName,
  type ModelCatalogue,
  type ProviderClass,
  type ProviderMetadata,
} from './async-generator-provider.js';
export { type GenerateOptions, generateOptionsSchema, type MediaInput } from './generate-options.js';
export {
  type ContentPart,
  formatImagePrompt,
  type ImagePart,
  type Message,
  type MessageRole,
  messageText,
  type TextPart,
} from './message.js';
export { parseProviderOptions } from './parse-provider-options.js';
export { ProviderModelMixin } from './provider-model-mixin.js';
