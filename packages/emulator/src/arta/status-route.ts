import { hasFault } from '../faults/has-fault.js';
import { imageFileName, imageRef } from '../files/generated-image.js';
import { HttpError } from '../server/http-error.js';
import type { RouteContext } from '../server/route-context.js';
import type { ArtaJob } from './arta-job-store.js';
import { requireArtaUser } from './require-arta-user.js';

function imageUrls(
  job: ArtaJob,
  artaBase: string,
): Array<{ name: string; url: string; isBlur: boolean; MIME: string }> {
  return Array.from({ length: job.imagesNum }, (_, index) => {
    const ref = imageRef({
      model: `arta:${job.style}`,
      prompt: job.prompt,
      seed: job.seed,
      variant: index,
      width: job.width,
      height: job.height,
    });
    return {
      name: `${job.recordId}_${index}.png`,
      url: `${artaBase}/files/${imageFileName(ref)}`,
      isBlur: false,
      MIME: 'image/png',
    };
  });
}

/** GET /img-gen-prod.ai-arta.com/api/v1/text2image/{record_id}/status with `Authorization: <idToken>`. */
export async function handleArtaStatus({ ex, state, params, fault }: RouteContext): Promise<void> {
  requireArtaUser(ex, state);
  const job = state.arta.get(params[0] ?? '');
  if (!job) throw new HttpError(404, { detail: 'Record not found' });
  if (hasFault(fault, 'failJob')) job.failure = 'now';
  const status = state.arta.statusOf(job);
  const failed = status === 'FAILED';
  ex.json(200, {
    record_id: job.recordId,
    status,
    response: status === 'DONE' ? imageUrls(job, state.urls.arta) : null,
    error_code: failed ? 'GENERATION_FAILED' : null,
    error_details: failed ? 'Emulated generation failure' : null,
    seed: job.seed,
  });
}
