import { type ReadBodyOptions, readBodyChunks } from './read-body-chunks.js';
import type { SseEvent } from './sse-event.js';
import { SseStreamDecoder } from './sse-stream-decoder.js';

export type { SseEvent } from './sse-event.js';

export type ReadSseEventsOptions = ReadBodyOptions;

/**
 * Parses a `text/event-stream` body into events. Each read waits at most
 * `idleTimeoutMs` (TimeoutError, phase 'idle'); aborting `signal` rejects with
 * AbortError; a broken stream rejects with ConnectionError. In each case, and
 * when the consumer stops early, the body is cancelled to free the connection.
 */
export async function* readSseEvents(
  body: ReadableStream<Uint8Array>,
  options: ReadSseEventsOptions = {},
): AsyncGenerator<SseEvent, void, undefined> {
  const decoder = new SseStreamDecoder();
  const events: SseEvent[] = [];
  for await (const chunk of readBodyChunks(body, options)) {
    decoder.push(chunk, events);
    yield* events.splice(0);
  }
  decoder.end(events);
  yield* events;
}
