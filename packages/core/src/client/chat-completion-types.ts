import type { JsonConversation } from '../chunks/json-conversation.js';

export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  /** Unix seconds. */
  created: number;
  model: string;
  provider: string;
  choices: Array<{
    index: number;
    message: { role: 'assistant'; content: string; reasoning?: string };
    finish_reason: string;
  }>;
  usage: CompletionUsage;
  /** Pass back as `conversation` to continue the same upstream session. */
  conversation?: JsonConversation;
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  provider: string;
  choices: Array<{
    index: number;
    delta: { role?: 'assistant'; content?: string; reasoning?: string };
    finish_reason: string | null;
  }>;
  usage?: CompletionUsage;
  conversation?: JsonConversation;
}
