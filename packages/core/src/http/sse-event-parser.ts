import type { SseEvent } from './sse-event.js';

/**
 * The field-parsing half of the SSE spec
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation),
 * fed one line at a time.
 */
export class SseEventParser {
  #dataLines: string[] = [];
  #eventType = '';
  #lastEventId = '';
  #retry: number | undefined;

  /** The event this line completes, if it is the blank line after one. */
  pushLine(line: string): SseEvent | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const rawValue = colon === -1 ? '' : line.slice(colon + 1);
    const value = rawValue.startsWith(' ') ? rawValue.slice(1) : rawValue;
    switch (field) {
      case 'event':
        this.#eventType = value;
        break;
      case 'data':
        this.#dataLines.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.#lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#retry = Number(value);
        break;
      default:
        // The spec says unknown fields are ignored.
        break;
    }
    return undefined;
  }

  /**
   * The spec discards an event the stream ends in the middle of. Gradio
   * sometimes closes right after its last `data:` line without the blank
   * line, and that last event is the result, so it is dispatched instead.
   */
  end(): SseEvent | undefined {
    return this.#dispatch();
  }

  #dispatch(): SseEvent | undefined {
    const dataLines = this.#dataLines;
    const eventType = this.#eventType;
    const retry = this.#retry;
    this.#dataLines = [];
    this.#eventType = '';
    this.#retry = undefined;
    if (dataLines.length === 0) return undefined;
    const event: SseEvent = { data: dataLines.join('\n') };
    if (eventType !== '') event.event = eventType;
    if (this.#lastEventId !== '') event.id = this.#lastEventId;
    if (retry !== undefined) event.retry = retry;
    return event;
  }
}
