import { LineSplitter } from './line-splitter.js';
import type { SseEvent } from './sse-event.js';
import { SseEventParser } from './sse-event-parser.js';

/**
 * An event stream's bytes to events, chunk by chunk and synchronously:
 * UTF-8 decoding across chunk boundaries, lines (CRLF, LF or CR), then the
 * SSE fields. Shared by the pull reader over a web stream
 * ({@link readSseEvents}) and the dispatch handler that parses as bytes arrive.
 */
export class SseStreamDecoder {
  readonly #text = new TextDecoder();
  readonly #lines = new LineSplitter();
  readonly #parser = new SseEventParser();

  /** Appends to `events` the events this chunk completes. */
  push(chunk: Uint8Array, events: SseEvent[]): void {
    this.#pushText(this.#text.decode(chunk, { stream: true }), events);
  }

  /** Appends to `events` what the end of the stream completes, the last unterminated event included. */
  end(events: SseEvent[]): void {
    this.#pushText(this.#text.decode(), events);
    for (const line of this.#lines.end()) this.#pushLine(line, events);
    const last = this.#parser.end();
    if (last !== undefined) events.push(last);
  }

  #pushText(text: string, events: SseEvent[]): void {
    for (const line of this.#lines.push(text)) this.#pushLine(line, events);
  }

  #pushLine(line: string, events: SseEvent[]): void {
    const event = this.#parser.pushLine(line);
    if (event !== undefined) events.push(event);
  }
}
