/** One server-sent event. */
export interface SseEvent {
  /** The `event:` name; absent means the default, `message`. */
  event?: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last event ID seen so far in the stream (it carries over, as the spec says). */
  id?: string;
  /** A `retry:` given in this event's block, in milliseconds. */
  retry?: number;
}
