export { FinishReason, type FinishReasonValue } from './finish-reason.js';
export { ImagePreview } from './image-preview.js';
export { ImageResponse, type MediaOptions } from './image-response.js';
export { JsonConversation } from './json-conversation.js';
export { ProviderInfo, type ProviderInfoInit } from './provider-info.js';
export { Reasoning, type ReasoningInit } from './reasoning.js';
export { isContent, isHidden, type ResponseChunk } from './response-chunk.js';
export { Usage, type UsageInit } from './usage.js';
