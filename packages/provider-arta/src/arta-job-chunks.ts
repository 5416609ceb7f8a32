import { ImageResponse, Reasoning, type ResponseChunk, ResponseError, truncate } from '@g4f-kit/core';
import type { ArtaStatusResponse } from './arta-client.js';

/** The statuses ARTA reports while a job runs. */
const PROGRESS_LABELS: Readonly<Record<string, string>> = { IN_QUEUE: 'Waiting', IN_PROGRESS: 'Generating' };

/**
 * Turns a job's successive statuses into chunks, as g4f words them:
 * `Reasoning('Waiting')` on entering IN_QUEUE and `Reasoning('Generating')` on
 * entering IN_PROGRESS (once per change, not per poll); on DONE,
 * `Reasoning('Generated', 'N image(s) in X.XXs')` and the ImageResponse, then
 * it stops reading. FAILED, or a status it does not know, is a ResponseError
 * carrying that status.
 *
 * @param startedAt `performance.now()` when the job was submitted.
 */
export async function* artaJobChunks(
  statuses: AsyncIterable<ArtaStatusResponse>,
  prompt: string,
  startedAt: number,
): AsyncGenerator<ResponseChunk, void, undefined> {
  let previous: string | undefined;
  for await (const answer of statuses) {
    const { status } = answer;
    const label = PROGRESS_LABELS[status];
    if (label !== undefined) {
      if (status !== previous) yield new Reasoning({ label });
      previous = status;
      continue;
    }
    if (status === 'DONE') {
      const urls = (answer.response ?? []).map((image) => image.url);
      if (urls.length === 0)
        throw new ResponseError('ARTA: the job finished without images', { upstreamStatus: status });
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
      yield new Reasoning({
        label: 'Generated',
        status: `${urls.length} image${urls.length === 1 ? '' : 's'} in ${seconds}s`,
      });
      yield new ImageResponse(urls, prompt);
      return;
    }
    throw failure(answer);
  }
  throw new ResponseError('ARTA: status polling ended before the job finished');
}

function failure(answer: ArtaStatusResponse): ResponseError {
  const detail = [answer.error_code, answer.error_details]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(': ');
  const what = answer.status === 'FAILED' ? 'failed' : `reported an unknown status "${truncate(answer.status, 40)}"`;
  return new ResponseError(`ARTA: image generation ${what}${detail ? ` (${truncate(detail, 200)})` : ''}`, {
    upstreamStatus: answer.status,
  });
}
