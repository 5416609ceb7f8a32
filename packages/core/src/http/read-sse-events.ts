import { type ReadBodyOptions, readBodyChunks } from './read-body-chunks.js';
import { readLinesFrom } from './read-lines.js';
import type { SseEvent } from './sse-event.js';
import { SseEventParser } from './sse-event-parser.js';

export type { SseEvent } from './sse-event.js';

export type ReadSseEventsOptions = ReadBodyOptions;

/**
 * Parses a `text/event-stream` body into events. Each read waits at most
 * `idleTimeoutMs` (TimeoutError, phase 'idle'); aborting `signal` rejects with
 * AbortError; a broken stream rejects with ConnectionError. In each case, and
 * when the consumer stops early, the body is cancelled to free the connection.
 */
export function readSseEvents(
  body: ReadableStream<Uint8Array>,
  options: ReadSseEventsOptions = {},
): AsyncGenerator<SseEvent, void, undefined> {
  return readSseEventsFrom(readBodyChunks(body, options));
}

/** The same over any source of byte chunks (a web stream's reader, a Node stream). */
export async function* readSseEventsFrom(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent, void, undefined> {
  const parser = new SseEventParser();
  for await (const line of readLinesFrom(chunks)) {
    const event = parser.pushLine(line);
    if (event !== undefined) yield event;
  }
  const last = parser.end();
  if (last !== undefined) yield last;
}
