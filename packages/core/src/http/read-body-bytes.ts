import { type ReadBodyOptions, readBodyChunks } from './read-body-chunks.js';

/** The whole body as one array; a missing body (204, HEAD) is empty. */
export async function readBodyBytes(
  body: ReadableStream<Uint8Array> | null,
  options: ReadBodyOptions = {},
): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of readBodyChunks(body, options)) {
    chunks.push(chunk);
    length += chunk.byteLength;
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
