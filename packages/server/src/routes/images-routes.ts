import { basename, dirname } from 'node:path';
import { definedOnly, G4FError, type ImageGenerateParams } from '@g4f-kit/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseBody } from '../parse-body.js';
import type { RouteContext } from '../route-context.js';
import { imageRequestSchema } from './image-request-schema.js';

/**
 * `POST /v1/images/generations` and `POST /api/:provider/images/generations`
 * (the path's provider wins over the body's, never a conflict: g4f #2931).
 * `response_format: url` saves each image into the media directory and
 * answers with its absolute `/media/<file>` URL, so it keeps working after the
 * upstream's URL expires; `b64_json` (the default) inlines the bytes.
 */
export function registerImagesRoutes(server: FastifyInstance, context: RouteContext): void {
  server.post('/v1/images/generations', (request, reply) => generate(context, request, reply));
  server.post<{ Params: { provider: string } }>('/api/:provider/images/generations', (request, reply) =>
    generate(context, request, reply, request.params.provider),
  );
}

async function generate(context: RouteContext, request: FastifyRequest, reply: FastifyReply, pinned?: string) {
  const body = parseBody(imageRequestSchema, request.body);
  const format = body.response_format ?? 'b64_json';
  const params: ImageGenerateParams = {
    prompt: body.prompt,
    signal: context.signalFor(reply),
    ...definedOnly({
      model: body.model,
      provider: pinned ?? body.provider,
      n: body.n,
      size: body.size === 'auto' ? undefined : body.size,
      width: body.width,
      height: body.height,
      seed: body.seed,
      aspectRatio: body.aspect_ratio,
      negativePrompt: body.negative_prompt,
      guidanceScale: body.guidance_scale,
      numInferenceSteps: body.num_inference_steps,
      apiKey: body.api_key,
      providerOptions: body.provider_options,
      responseFormat: format === 'b64_json' ? ('b64_json' as const) : undefined,
    }),
  };
  const result = await context.runtime.client.images.generate(params);
  const origin = `${request.protocol}://${request.host}`;
  return {
    created: result.created,
    data: result.data.map((image) => {
      const revised = image.revised_prompt === undefined ? {} : { revised_prompt: image.revised_prompt };
      if (format === 'b64_json') return { b64_json: image.b64_json ?? '', ...revised };
      return { url: mediaUrl(origin, context.mediaDir, image.url ?? ''), ...revised };
    }),
    model: result.model,
    provider: result.provider,
  };
}

/** The public URL of a file the client saved into the media directory. */
function mediaUrl(origin: string, mediaDir: string, savedPath: string): string {
  if (dirname(savedPath) !== mediaDir) throw new G4FError('A generated image was saved outside the media directory');
  return `${origin}/media/${encodeURIComponent(basename(savedPath))}`;
}
