import {
  formatImagePrompt,
  ImageResponse,
  joinUrl,
  type Message,
  Reasoning,
  type ResponseChunk,
  ResponseError,
  withProgressTicks,
} from '@g4f-kit/core';
import { z } from 'zod';
import { extractImageUrls } from '../gradio/extract-image-urls.js';
import { newShortSessionHash } from '../gradio/session-hash.js';
import { useAspectRatio } from '../image-size/aspect-ratio-sizes.js';
import { floorToMultiple } from '../image-size/floor-to-multiple.js';
import type { SpaceServices } from '../services/space-services.js';
import { type ZeroGpuCredentials, zeroGpuHeaders } from '../zerogpu/zero-gpu-credentials.js';
import { randomSeed } from './random-seed.js';
import { requirePrompt } from './require-prompt.js';
import { startSpaceCall } from './space-call.js';
import type { SpaceOptions } from './space-options-schema.js';

/** The one function g4f calls on its flux-schnell Space. */
export const FLUX_SCHNELL_ENDPOINT = { fnIndex: 3, triggerId: 10 } as const;

const predictResponseSchema = z.looseObject({ data: z.array(z.unknown()).min(1) });

export interface FluxSchnellTarget {
  /** The Space called on `/run/predict`. */
  space: string;
  /** The Space whose ZeroGPU token is sent: g4f uses G4F's Janus Space. */
  tokenSpace: string;
  providerName: string;
}

/**
 * G4F's flux-schnell: one legacy POST `{space}/run/predict` with data
 * `[prompt, seed, width, height, true, 1]`, sides floored to a multiple of 8
 * (at least 32). While it runs, "Generating X.XXs" at a steady cadence (a
 * result never waits for a tick); then the image and "Finished X.XXs".
 */
export async function* generateFluxSchnell(
  services: SpaceServices,
  target: FluxSchnellTarget,
  messages: readonly Message[],
  options: SpaceOptions,
): AsyncGenerator<ResponseChunk, void, undefined> {
  const prompt = requirePrompt(formatImagePrompt(messages, options.prompt), target.providerName);
  const size = useAspectRatio(options, options.aspectRatio ?? '1:1', target.providerName);
  const width = floorToMultiple(size.width);
  const height = floorToMultiple(size.height);
  const seed = options.seed ?? randomSeed(9999, 2 ** 32 - 1);
  const call = startSpaceCall(services, target.providerName, options);
  let credentials: ZeroGpuCredentials | undefined;
  try {
    if (options.apiKey === undefined) yield new Reasoning({ status: 'Acquiring GPU token' });
    credentials = await call.credentials(target.tokenSpace);
    const spaceUrl = services.settings.spaceUrl(target.space);
    const body = {
      data: [prompt, seed, width, height, true, 1],
      event_data: null,
      fn_index: FLUX_SCHNELL_ENDPOINT.fnIndex,
      session_hash: newShortSessionHash(),
      trigger_id: FLUX_SCHNELL_ENDPOINT.triggerId,
    };
    const request = services.gradio.predict(
      joinUrl(spaceUrl, 'run/predict'),
      body,
      predictResponseSchema,
      zeroGpuHeaders(credentials),
      call.transport,
    );
    const ticks = withProgressTicks(request, { intervalMs: services.settings.progressIntervalMs, signal: call.signal });
    for await (const step of ticks) {
      const seconds = (step.elapsedMs / 1000).toFixed(2);
      if (step.type === 'tick') {
        yield new Reasoning({ status: `Generating ${seconds}s` });
        continue;
      }
      const url = extractImageUrls(step.value.data[0], spaceUrl)[0];
      if (url === undefined) {
        throw new ResponseError(`${target.providerName}: flux-schnell answered without an image`, { url: spaceUrl });
      }
      yield new ImageResponse(url, prompt, { width, height });
      yield new Reasoning({ status: `Finished ${seconds}s` });
    }
  } catch (error) {
    throw call.failure(error, target.tokenSpace, credentials);
  } finally {
    call.dispose();
  }
}
