import type { ResponseChunk } from '@g4f-kit/core';

export async function collect(chunks: AsyncIterable<ResponseChunk>): Promise<ResponseChunk[]> {
  const collected: ResponseChunk[] = [];
  for await (const chunk of chunks) collected.push(chunk);
  return collected;
}

/** The chunks up to a failure, and the failure (the test fails if there is none). */
export async function collectUntilError(
  chunks: AsyncIterable<ResponseChunk>,
): Promise<{ chunks: ResponseChunk[]; error: Error }> {
  const collected: ResponseChunk[] = [];
  try {
    for await (const chunk of chunks) collected.push(chunk);
  } catch (error) {
    return { chunks: collected, error: error as Error };
  }
  throw new Error(`expected a failure, got ${collected.length} chunks`);
}

export function ofType<T extends Exclude<ResponseChunk, string>['type']>(
  chunks: readonly ResponseChunk[],
  type: T,
): Array<Extract<ResponseChunk, { type: T }>> {
  return chunks.filter(
    (chunk): chunk is Extract<ResponseChunk, { type: T }> => typeof chunk !== 'string' && chunk.type === type,
  );
}

export function texts(chunks: readonly ResponseChunk[]): string[] {
  return chunks.filter((chunk): chunk is string => typeof chunk === 'string');
}
