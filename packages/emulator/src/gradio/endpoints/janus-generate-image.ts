import { imageFileData } from '../file-data.js';
import { checkData, type FieldSpec } from './check-data.js';
import type { GradioEndpoint } from './gradio-endpoint.js';

const FIELDS: readonly FieldSpec[] = [
  ['prompt', 'string'],
  ['seed', 'number'],
  ['guidance', 'number', [0, 100]],
  ['temperature', 'number', [0, 2]],
];

/**
 * Janus-Pro-7B `generate_image` (fn_index 3, trigger_id 20): data
 * `[prompt, seed, guidance, temperature]`, output a Gallery:
 * `[[{image: FileData, caption: null}, ...]]` with `janusImageCount` square
 * images of `janusImageSize` pixels. Not streamed.
 */
export const janusGenerateImage: GradioEndpoint = {
  name: 'generate_image',
  fnIndex: 3,
  triggerId: 20,
  prepare(data) {
    const problem = checkData(data, FIELDS);
    if (problem) return problem;
    const [prompt, seed] = data as [string, number];
    return {
      plan({ spaceUrl, config }) {
        const size = config.janusImageSize;
        const gallery = Array.from({ length: config.janusImageCount }, (_, index) => ({
          image: imageFileData(spaceUrl, { model: 'janus', prompt, seed, variant: index, width: size, height: size }),
          caption: null,
        }));
        return { frames: [], final: [gallery] };
      },
    };
  },
};
