import { LineSplitter } from './line-splitter.js';
import { type ReadBodyOptions, readBodyChunks } from './read-body-chunks.js';

/**
 * A UTF-8 body as lines (CRLF, LF or CR), the last one included even without
 * a final line break. Reads are bounded as in {@link readBodyChunks}.
 */
export function readLines(
  body: ReadableStream<Uint8Array>,
  options: ReadBodyOptions = {},
): AsyncGenerator<string, void, undefined> {
  return readLinesFrom(readBodyChunks(body, options));
}

/** The same over any source of byte chunks (a web stream's reader, a Node stream). */
export async function* readLinesFrom(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  const splitter = new LineSplitter();
  for await (const chunk of chunks) {
    yield* splitter.push(decoder.decode(chunk, { stream: true }));
  }
  yield* splitter.push(decoder.decode());
  yield* splitter.end();
}
