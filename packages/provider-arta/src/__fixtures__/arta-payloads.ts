/** ARTA image API answers, shaped like the real ones. */

export const RECORD_ID = '3f1c9a52-6c0e-4d8e-9b8a-0f6d2e7b4c11';

/** `POST api/v1/text2image` → 200. */
export const submitPayload = {
  record_id: RECORD_ID,
  status: 'IN_QUEUE',
  response: null,
  error_code: null,
  error_details: null,
  seed: 48213377,
};

export type ArtaJobStatus = 'IN_QUEUE' | 'IN_PROGRESS' | 'DONE' | 'FAILED' | (string & {});

export function imageUrl(index: number): string {
  return `https://img-gen-prod.ai-arta.com/files/${RECORD_ID}_${index}.png`;
}

/** `GET api/v1/text2image/{record_id}/status` → 200, with `images` results when DONE. */
export function statusPayload(status: ArtaJobStatus, images = 1) {
  const done = status === 'DONE';
  const failed = status === 'FAILED';
  return {
    record_id: RECORD_ID,
    status,
    response: done
      ? Array.from({ length: images }, (_, index) => ({
          name: `${RECORD_ID}_${index}.png`,
          url: imageUrl(index),
          isBlur: false,
          MIME: 'image/png',
        }))
      : null,
    error_code: failed ? 'GENERATION_FAILED' : null,
    error_details: failed ? 'NSFW content detected' : null,
    seed: 48213377,
  };
}
