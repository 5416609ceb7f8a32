import type { FinishReason } from './finish-reason.js';
import type { ImagePreview } from './image-preview.js';
import type { ImageResponse } from './image-response.js';
import type { JsonConversation } from './json-conversation.js';
import type { ProviderInfo } from './provider-info.js';
import type { Reasoning } from './reasoning.js';
import type { Usage } from './usage.js';

/** What a provider yields: a text delta, or one of the typed chunks. */
export type ResponseChunk =
  | string
  | ImageResponse
  | ImagePreview
  | Reasoning
  | JsonConversation
  | ProviderInfo
  | FinishReason
  | Usage;

/**
 * g4f's rule for "the answer has started": text, media (previews too) and
 * thinking count; status-only reasoning and metadata do not. Once content has
 * started, a fallback provider may no longer take over.
 */
export function isContent(chunk: ResponseChunk | null | undefined): boolean {
  if (chunk === null || chunk === undefined) return false;
  if (typeof chunk === 'string') return chunk.length > 0;
  switch (chunk.type) {
    case 'image':
    case 'image-preview':
      return chunk.urls.length > 0;
    case 'reasoning':
      return chunk.token !== undefined || chunk.isThinking;
    default:
      return false;
  }
}

/** Chunks that a final answer leaves out. */
export function isHidden(chunk: ResponseChunk): boolean {
  return typeof chunk !== 'string' && chunk.type !== 'image' && chunk.type !== 'reasoning';
}
