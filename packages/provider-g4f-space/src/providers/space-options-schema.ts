import { generateOptionsSchema, JsonConversation, type MediaInput } from '@g4f-kit/core';
import { z } from 'zod';

const mediaInputSchema = z.object({
  data: z.union([z.string().min(1), z.instanceof(Uint8Array)]),
  name: z.string().min(1).optional(),
  mimeType: z.string().min(1).optional(),
});

/** The options the Space providers read; anything else passes through untouched. */
export const spaceOptionsSchema = generateOptionsSchema.extend({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  guidanceScale: z.number().finite().min(0).max(100).optional(),
  numInferenceSteps: z.number().int().positive().max(1000).optional(),
  media: z.array(mediaInputSchema).optional() as z.ZodOptional<z.ZodType<MediaInput[]>>,
  conversation: z
    .custom<JsonConversation>(
      (value) =>
        value instanceof JsonConversation ||
        (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'conversation'),
      'must be a JsonConversation',
    )
    .optional(),
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'must be an AbortSignal').optional(),
});

export type SpaceOptions = z.output<typeof spaceOptionsSchema>;

/** What `/v1/providers/:id` lists for these providers. */
export const SPACE_IMAGE_PARAMETERS = [
  'model',
  'messages',
  'prompt',
  'seed',
  'width',
  'height',
  'aspectRatio',
  'guidanceScale',
  'numInferenceSteps',
  'apiKey',
  'proxy',
  'signal',
  'timeoutMs',
  'requestTimeoutMs',
] as const;

export const SPACE_CHAT_PARAMETERS = [
  'model',
  'messages',
  'prompt',
  'seed',
  'media',
  'conversation',
  'apiKey',
  'proxy',
  'signal',
  'timeoutMs',
  'requestTimeoutMs',
] as const;
