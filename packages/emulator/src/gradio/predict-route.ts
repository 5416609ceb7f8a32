import { setTimeout as sleep } from 'node:timers/promises';
import { hasFault } from '../faults/has-fault.js';
import { MAX_IMAGE_SIDE } from '../png/encode-png.js';
import { HttpError } from '../server/http-error.js';
import type { RouteContext } from '../server/route-context.js';
import { hashToInt } from '../util/hash.js';
import { checkData, type FieldSpec } from './endpoints/check-data.js';
import { imageFileData } from './file-data.js';
import { requireSpace } from './require-space.js';
import { unprocessable } from './unprocessable.js';
import { GPU_QUOTA_FAILURE, zeroGpuFailure } from './zero-gpu-failure.js';

const FIELDS: readonly FieldSpec[] = [
  ['prompt', 'string'],
  ['seed', 'number', [0, 2 ** 32 - 1]],
  ['width', 'integer', [1, MAX_IMAGE_SIDE]],
  ['height', 'integer', [1, MAX_IMAGE_SIDE]],
  ['randomize_seed', 'boolean'],
  ['num_inference_steps', 'integer', [1, 1000]],
];

/** The only function g4f calls on its flux-schnell Space. */
export const PREDICT_FN_INDEX = 3;

/**
 * POST /roxky-g4f-flux.hf.space/run/predict (legacy, no queue) with
 * `{data:[prompt, seed, width, height, true, 1], fn_index:3, trigger_id:10, session_hash}`
 * -> after `gradioGenerationTimeMs`, `{data:[FileData, seed], is_generating:false, duration, average_duration}`.
 * Errors answer 500 `{"error": "..."}`, as Gradio's predict route does.
 */
export async function handleGradioPredict({ ex, state, params, fault }: RouteContext): Promise<void> {
  const space = requireSpace(params[0], ['g4f-flux']);
  const body = await ex.readJson(() => unprocessable('JSON decode error'));
  const record = (body !== null && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (record.fn_index !== PREDICT_FN_INDEX)
    throw unprocessable(`fn_index must be ${PREDICT_FN_INDEX}`, ['body', 'fn_index']);
  if (!Array.isArray(record.data)) throw unprocessable('Field required: data (a list)', ['body', 'data']);
  const problem = checkData(record.data, FIELDS);
  if (problem) throw unprocessable(`predict: ${problem}`, ['body', 'data']);
  const [prompt, seedInput, width, height, randomize] = record.data as [string, number, number, number, boolean];

  const failure = hasFault(fault, 'gpuQuota') ? GPU_QUOTA_FAILURE : zeroGpuFailure(ex, state);
  if (failure) throw new HttpError(500, { error: failure.error });
  if (width % 8 !== 0 || height % 8 !== 0) {
    throw new HttpError(500, {
      error: `\`height\` and \`width\` have to be divisible by 8 but are ${height} and ${width}.`,
    });
  }
  const generationTimeMs = state.config.gradioGenerationTimeMs;
  const startedAt = performance.now();
  await sleep(generationTimeMs, undefined, { signal: ex.signal });
  const seed = randomize ? hashToInt('g4f-flux-seed', prompt, seedInput) : Math.floor(seedInput);
  const image = imageFileData(state.urls.spaces[space.id], {
    model: 'flux-schnell',
    prompt,
    seed,
    variant: 0,
    width,
    height,
  });
  const sessionHash = typeof record.session_hash === 'string' ? record.session_hash : '';
  state.completions.record({ kind: 'gradio.predict', id: sessionHash, prompt, finishedAt: state.now() });
  ex.json(200, {
    data: [image, seed],
    is_generating: false,
    duration: (performance.now() - startedAt) / 1000,
    average_duration: generationTimeMs / 1000,
    render_config: null,
    changed_state_ids: [],
  });
}
