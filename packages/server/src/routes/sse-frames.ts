import type { ChatCompletionChunk } from '@g4f-kit/core';
import { errorToOpenAI } from '../error-to-openai.js';
import { toOpenAIChunk } from './openai-chat-shape.js';

/**
 * Server-sent events for a chat stream: `data: <chunk>\n\n` per chunk, an
 * error after the stream started in-band as `data: {"error":{...}}`, and
 * always `data: [DONE]` at the end. If the consumer stops early (the client
 * went away), the chunk stream is closed so the provider call ends too.
 */
export async function* sseFrames(
  first: IteratorResult<ChatCompletionChunk>,
  rest: AsyncIterator<ChatCompletionChunk>,
  onError: (error: unknown) => void,
): AsyncGenerator<string, void, undefined> {
  let finished = false;
  try {
    let result = first;
    while (!result.done) {
      yield frame(toOpenAIChunk(result.value));
      result = await rest.next();
    }
    finished = true;
  } catch (error) {
    finished = true;
    onError(error);
    yield frame(errorToOpenAI(error).body);
  } finally {
    if (!finished) await rest.return?.();
  }
  yield 'data: [DONE]\n\n';
}

function frame(payload: unknown): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}
