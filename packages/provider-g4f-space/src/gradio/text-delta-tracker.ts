/** What a streaming text output ends with while it is still being typed. */
export const TYPING_CURSOR = '▌';

/**
 * Turns the whole text so far of a streamed output into deltas: each call
 * returns only what is new since the last, so the deltas concatenate to the
 * answer with nothing repeated. A trailing typing cursor is not text. When
 * the Space rewrites text already sent, nothing can be taken back: the
 * rewrite is not sent, and streaming resumes once the text extends what was.
 */
export class TextDeltaTracker {
  private sent = '';

  get text(): string {
    return this.sent;
  }

  next(full: string): string {
    const text = full.endsWith(TYPING_CURSOR) ? full.slice(0, -TYPING_CURSOR.length) : full;
    if (!text.startsWith(this.sent) || text.length === this.sent.length) return '';
    const delta = text.slice(this.sent.length);
    this.sent = text;
    return delta;
  }
}
