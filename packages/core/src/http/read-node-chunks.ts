import type { Readable } from 'node:stream';
import { type ReadBodyOptions, readWithLimits } from './read-body-chunks.js';

/**
 * The chunks of a Node stream (undici's response body) with the same limits
 * as {@link readBodyChunks}: each read waits at most `idleTimeoutMs`, an abort
 * or a break rejects. Stopping early destroys the body, which frees (closes)
 * its connection.
 */
export async function* readNodeChunks(
  body: Readable,
  options: ReadBodyOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  let finished = false;
  try {
    while (true) {
      const result = await readWithLimits(() => iterator.next(), options);
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!finished) body.destroy();
  }
}
