import type { ChatCompletion, ChatCompletionChunk } from '@g4f-kit/core';

/**
 * Core's completion objects are already OpenAI-shaped; on the wire they get
 * OpenAI's `logprobs: null`, and the provider's session state (`conversation`)
 * becomes plain JSON a client can send back as `conversation`.
 */
export function toOpenAICompletion(completion: ChatCompletion) {
  const { conversation, choices, ...rest } = completion;
  return {
    ...rest,
    choices: choices.map((choice) => ({ ...choice, logprobs: null })),
    ...(conversation ? { conversation: conversation.toJSON() } : {}),
  };
}

export function toOpenAIChunk(chunk: ChatCompletionChunk) {
  const { conversation, choices, ...rest } = chunk;
  return {
    ...rest,
    choices: choices.map((choice) => ({ ...choice, logprobs: null })),
    ...(conversation ? { conversation: conversation.toJSON() } : {}),
  };
}
