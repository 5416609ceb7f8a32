const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * Splits decoded text into lines ending in CRLF, LF or CR, as the SSE spec
 * allows, across chunk boundaries. A CR that ends a chunk ends its line at
 * once (no waiting for the next chunk); a LF opening the next chunk is then
 * recognised as the rest of that CRLF.
 */
export class LineSplitter {
  #partial = '';
  #skipLeadingLineFeed = false;

  /** The lines completed by this text. */
  push(text: string): string[] {
    if (text.length === 0) return [];
    const lines: string[] = [];
    let start = this.#skipLeadingLineFeed && text.charCodeAt(0) === LINE_FEED ? 1 : 0;
    this.#skipLeadingLineFeed = false;
    for (let index = start; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code !== LINE_FEED && code !== CARRIAGE_RETURN) continue;
      lines.push(this.#partial + text.slice(start, index));
      this.#partial = '';
      if (code === CARRIAGE_RETURN) {
        if (index + 1 === text.length) this.#skipLeadingLineFeed = true;
        else if (text.charCodeAt(index + 1) === LINE_FEED) index += 1;
      }
      start = index + 1;
    }
    this.#partial += text.slice(start);
    return lines;
  }

  /** The last line when the text did not end with a line break. */
  end(): string[] {
    const rest = this.#partial;
    this.#partial = '';
    this.#skipLeadingLineFeed = false;
    return rest === '' ? [] : [rest];
  }
}
