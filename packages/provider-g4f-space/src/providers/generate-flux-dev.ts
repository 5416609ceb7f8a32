import {
  formatImagePrompt,
  ImagePreview,
  ImageResponse,
  type Message,
  type ResponseChunk,
  ResponseError,
} from '@g4f-kit/core';
import { extractImageUrls } from '../gradio/extract-image-urls.js';
import { GradioStatusReporter } from '../gradio/gradio-status-reporter.js';
import { newSessionHash } from '../gradio/session-hash.js';
import { useAspectRatio } from '../image-size/aspect-ratio-sizes.js';
import type { SpaceServices } from '../services/space-services.js';
import type { ZeroGpuCredentials } from '../zerogpu/zero-gpu-credentials.js';
import { requirePrompt } from './require-prompt.js';
import { startSpaceCall } from './space-call.js';
import type { SpaceOptions } from './space-options-schema.js';

/** FLUX.1-dev's `infer`. */
export const FLUX_DEV_ENDPOINT = { fnIndex: 2, triggerId: 4 } as const;
const DEFAULT_GUIDANCE_SCALE = 3.5;
const DEFAULT_INFERENCE_STEPS = 28;

export interface FluxDevTarget {
  /** Hugging Face Space id, e.g. `roxky/FLUX.1-dev`. */
  space: string;
  providerName: string;
}

/**
 * One FLUX.1-dev image over the Gradio queue: data
 * `[prompt, seed, randomize_seed, width, height, guidance_scale, steps]`
 * (seed 0 randomised by the Space unless a seed is given), previews as
 * ImagePreview, the result as ImageResponse with the prompt as alt.
 */
export async function* generateFluxDev(
  services: SpaceServices,
  target: FluxDevTarget,
  messages: readonly Message[],
  options: SpaceOptions,
): AsyncGenerator<ResponseChunk, void, undefined> {
  const prompt = requirePrompt(formatImagePrompt(messages, options.prompt), target.providerName);
  const { width, height } = useAspectRatio(options, options.aspectRatio ?? '1:1', target.providerName);
  const data = [
    prompt,
    options.seed ?? 0,
    options.seed === undefined,
    width,
    height,
    options.guidanceScale ?? DEFAULT_GUIDANCE_SCALE,
    options.numInferenceSteps ?? DEFAULT_INFERENCE_STEPS,
  ];
  const call = startSpaceCall(services, target.providerName, options);
  let credentials: ZeroGpuCredentials | undefined;
  try {
    const spaceUrl = services.settings.spaceUrl(target.space);
    credentials = await call.credentials(target.space);
    const status = new GradioStatusReporter();
    const events = services.gradio.submit(
      {
        spaceUrl,
        ...FLUX_DEV_ENDPOINT,
        data,
        sessionHash: newSessionHash(),
        credentials,
        referer: `${spaceUrl}/?__theme=light`,
        headers: { accept: 'application/json' },
      },
      call.transport,
    );
    let lastPreview: string | undefined;
    for await (const event of events) {
      const reasoning = status.toReasoning(event);
      if (reasoning) yield reasoning;
      if (event.type === 'generating') {
        const preview = extractImageUrls(event.output[0], spaceUrl)[0];
        if (preview !== undefined && preview !== lastPreview) {
          lastPreview = preview;
          yield new ImagePreview(preview, prompt, { width, height });
        }
      } else if (event.type === 'completed') {
        const url = extractImageUrls(event.output[0], spaceUrl)[0];
        if (url === undefined) {
          throw new ResponseError(`${target.providerName}: the Space finished without an image`, { url: spaceUrl });
        }
        yield new ImageResponse(url, prompt, { width, height });
      }
    }
  } catch (error) {
    throw call.failure(error, target.space, credentials);
  } finally {
    call.dispose();
  }
}
