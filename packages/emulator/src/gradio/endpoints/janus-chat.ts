import { checkData, type FieldSpec } from './check-data.js';
import type { GradioEndpoint } from './gradio-endpoint.js';
import { janusAnswer } from './janus-answer.js';

const FIELDS: readonly FieldSpec[] = [
  ['image', 'file-or-null'],
  ['question', 'string'],
  ['seed', 'number'],
  ['top_p', 'number', [0, 1]],
  ['temperature', 'number', [0, 2]],
];

/**
 * Janus-Pro-7B `multimodal_understanding` (fn_index 2, trigger_id 10): data
 * `[image FileData | null, question, seed, top_p, temperature]`, output
 * `[text]`. Streamed like a Gradio text output: the first `process_generating`
 * carries the text so far, the next ones `[["append", [], "<more>"]]` diffs,
 * and `process_completed` the whole text.
 */
export const janusChat: GradioEndpoint = {
  name: 'multimodal_understanding',
  fnIndex: 2,
  triggerId: 10,
  prepare(data) {
    const problem = checkData(data, FIELDS);
    if (problem) return problem;
    const [image, question, seed] = data as [{ path: string; orig_name?: unknown } | null, string, number];
    return {
      plan({ config, uploads }) {
        const imageName = image
          ? typeof image.orig_name === 'string'
            ? image.orig_name
            : (uploads.get(image.path)?.origName ?? 'image')
          : undefined;
        const answer = janusAnswer(question, seed, imageName);
        const words = answer.split(/(?<= )/);
        const count = Math.min(config.gradioSteps, words.length);
        const frames = Array.from({ length: count }, (_, k) => ({
          data: [words.slice(0, Math.ceil(((k + 1) * words.length) / count)).join('')],
        }));
        return { frames, final: [answer] };
      },
    };
  },
};
