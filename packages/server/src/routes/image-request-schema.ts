import { z } from 'zod';

/** null counts as absent, as OpenAI's clients send it. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

/**
 * `POST /v1/images/generations`: OpenAI's body plus g4f's extras. Fields
 * OpenAI defines that we cannot honour (`quality`, `style`, `user`,
 * `background`, `moderation`, `output_format`, ...) and any other unknown
 * field are accepted and ignored, as g4f does.
 */
export const imageRequestSchema = z.looseObject({
  prompt: z.string({ error: 'prompt is required and must be a string' }).trim().min(1, 'prompt must not be empty'),
  model: optional(z.string()),
  provider: optional(z.string()),
  n: optional(z.number().int().min(1).max(10)),
  size: optional(
    z.union([z.literal('auto'), z.string().regex(/^\d{1,5}x\d{1,5}$/, 'must be "auto" or look like "1024x768"')]),
  ),
  /** Absent means b64_json: the AI SDK's OpenAI-compatible client reads only that. */
  response_format: optional(z.enum(['url', 'b64_json'])),
  seed: optional(z.number().int().min(0)),
  aspect_ratio: optional(z.string().regex(/^\d+:\d+$/, 'must look like "16:9"')),
  negative_prompt: optional(z.string()),
  guidance_scale: optional(z.number().finite()),
  num_inference_steps: optional(z.number().int().positive()),
  width: optional(z.number().int().positive().max(8192)),
  height: optional(z.number().int().positive().max(8192)),
  /** A credential for the provider (not the server's API key). */
  api_key: optional(z.string().min(1)),
  provider_options: optional(z.record(z.string(), z.unknown())),
  stream: optional(z.boolean().refine((stream) => !stream, 'streaming image generation is not supported')),
});

export type ImageRequest = z.output<typeof imageRequestSchema>;
