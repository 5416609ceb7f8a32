import { hasFault } from '../faults/has-fault.js';
import type { RouteContext } from '../server/route-context.js';
import { hashToInt } from '../util/hash.js';
import { artaImageSize, isArtaAspectRatio } from './arta-aspect-ratios.js';
import { isArtaStyle } from './arta-styles.js';
import { artaValidationError } from './arta-validation-error.js';
import { requireArtaUser } from './require-arta-user.js';

function numberField(
  form: FormData,
  name: string,
  fallback: number,
  integer: boolean,
  min: number,
  max: number,
): number {
  const raw = form.get(name);
  if (raw === null || raw === '') return fallback;
  const value = typeof raw === 'string' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    const kind = integer ? 'an integer' : 'a number';
    throw artaValidationError(
      422,
      name,
      `Input should be ${kind} between ${min} and ${max}`,
      integer ? 'int_parsing' : 'float_parsing',
      raw,
    );
  }
  return value;
}

/**
 * POST /img-gen-prod.ai-arta.com/api/v1/text2image, urlencoded or multipart
 * form (prompt, negative_prompt, style, images_num, cfg_scale, steps,
 * aspect_ratio, seed), `Authorization: <idToken>`.
 */
export async function handleArtaSubmit({ ex, state, fault }: RouteContext): Promise<void> {
  const owner = requireArtaUser(ex, state);
  let form: FormData;
  try {
    form = await ex.readForm();
  } catch {
    throw artaValidationError(422, 'prompt', 'Field required', 'missing');
  }
  const prompt = form.get('prompt');
  if (typeof prompt !== 'string' || prompt.trim() === '')
    throw artaValidationError(422, 'prompt', 'Field required', 'missing');
  const style = form.get('style');
  if (typeof style !== 'string' || !isArtaStyle(style)) {
    throw artaValidationError(
      400,
      'style',
      `Unknown style: ${typeof style === 'string' ? style : '(missing)'}`,
      'value_error',
      style,
    );
  }
  const aspectRatio = form.get('aspect_ratio') ?? '1:1';
  if (typeof aspectRatio !== 'string' || !isArtaAspectRatio(aspectRatio)) {
    throw artaValidationError(
      400,
      'aspect_ratio',
      `Unsupported aspect ratio: ${String(aspectRatio)}`,
      'value_error',
      aspectRatio,
    );
  }
  const negativePrompt = form.get('negative_prompt');
  const config = state.config;
  const job = state.arta.create(
    {
      owner,
      prompt,
      negativePrompt: typeof negativePrompt === 'string' ? negativePrompt : '',
      style,
      imagesNum: numberField(form, 'images_num', 1, true, 1, 4),
      cfgScale: numberField(form, 'cfg_scale', 7, false, 0, 30),
      steps: numberField(form, 'steps', 30, true, 1, 150),
      seed: numberField(form, 'seed', hashToInt('arta-seed', prompt, style), true, 0, 2 ** 32 - 1),
      aspectRatio,
      ...artaImageSize(aspectRatio, config.artaMaxSide),
    },
    { queueTimeMs: config.artaQueueTimeMs, generationTimeMs: config.artaGenerationTimeMs },
  );
  if (hasFault(fault, 'failJob')) job.failure = 'at-end';
  else {
    const finishedAt = job.submittedAt + job.queueTimeMs + job.generationTimeMs;
    state.completions.record({ kind: 'arta', id: job.recordId, prompt, finishedAt });
  }
  ex.json(200, {
    record_id: job.recordId,
    status: 'IN_QUEUE',
    response: null,
    error_code: null,
    error_details: null,
    seed: job.seed,
  });
}
