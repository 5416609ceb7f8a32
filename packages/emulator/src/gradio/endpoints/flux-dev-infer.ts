import { MAX_IMAGE_SIDE } from '../../png/encode-png.js';
import { hashToInt } from '../../util/hash.js';
import { imageFileData } from '../file-data.js';
import { checkData, type FieldSpec } from './check-data.js';
import type { GradioEndpoint, GradioFrame } from './gradio-endpoint.js';

const FIELDS: readonly FieldSpec[] = [
  ['prompt', 'string'],
  ['seed', 'number', [0, 2 ** 32 - 1]],
  ['randomize_seed', 'boolean'],
  ['width', 'integer', [1, MAX_IMAGE_SIDE]],
  ['height', 'integer', [1, MAX_IMAGE_SIDE]],
  ['guidance_scale', 'number', [0, 100]],
  ['num_inference_steps', 'integer', [1, 1000]],
];

/**
 * FLUX.1-dev `infer` (fn_index 2, trigger_id 4): data
 * `[prompt, seed, randomize_seed, width, height, guidance_scale, num_inference_steps]`,
 * outputs `[image FileData, seed]`. A generator: each frame sends `progress`
 * (`index/length` in inference steps) and a preview image; the last frame is
 * the final image. With `randomize_seed` the seed is derived from the prompt
 * (deterministic, unlike the real Space).
 */
export const fluxDevInfer: GradioEndpoint = {
  name: 'infer',
  fnIndex: 2,
  triggerId: 4,
  prepare(data) {
    const problem = checkData(data, FIELDS);
    if (problem) return problem;
    const [prompt, seedInput, randomize, width, height, , steps] = data as [
      string,
      number,
      boolean,
      number,
      number,
      number,
      number,
    ];
    const seed = randomize ? hashToInt('flux-dev-seed', prompt, width, height) : Math.floor(seedInput);
    return {
      plan({ spaceUrl, config }) {
        const image = (variant: string) =>
          imageFileData(spaceUrl, { model: 'flux-dev', prompt, seed, variant, width, height });
        const count = config.gradioSteps;
        const frames: GradioFrame[] = Array.from({ length: count }, (_, k) => ({
          progress: [
            { index: Math.round(((k + 1) * steps) / count), length: steps, unit: 'steps', progress: null, desc: null },
          ],
          data: [k + 1 === count ? image('final') : image(`preview-${k + 1}`), seed],
        }));
        return { frames, final: [image('final'), seed] };
      },
    };
  },
};
