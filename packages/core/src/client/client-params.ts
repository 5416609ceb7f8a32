import { z } from 'zod';
import { JsonConversation } from '../chunks/json-conversation.js';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import type { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import type { Message } from '../provider/message.js';

const providerSpec = z.custom<string | AsyncGeneratorProvider>(
  (value) =>
    (typeof value === 'string' && value.trim() !== '') ||
    (typeof value === 'object' && value !== null && 'createAsyncGenerator' in value),
  'must be a provider name, names separated by spaces, or a provider instance',
);
const abortSignal = z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'must be an AbortSignal');
const callback = z.custom<(chunk: ResponseChunk) => void>((value) => typeof value === 'function', 'must be a function');

const sharedParams = {
  model: z.string().optional(),
  provider: providerSpec.optional(),
  signal: abortSignal.optional(),
  timeoutMs: z.number().int().positive().optional(),
  proxy: z.string().optional(),
  apiKey: z.string().min(1).optional(),
  providerOptions: z.record(z.string(), z.unknown()).optional(),
  /** Sees every chunk as it arrives: progress, previews, provider info. */
  onChunk: callback.optional(),
};

export const imageGenerateParamsSchema = z
  .object({
    ...sharedParams,
    prompt: z.string().trim().min(1, 'prompt is required and must not be empty'),
    n: z.number().int().min(1).max(10).optional(),
    size: z
      .string()
      .regex(/^\d{1,5}x\d{1,5}$/, 'must look like "1024x768"')
      .optional(),
    width: z.number().int().positive().max(8192).optional(),
    height: z.number().int().positive().max(8192).optional(),
    aspectRatio: z
      .string()
      .regex(/^\d+:\d+$/, 'must look like "16:9"')
      .optional(),
    seed: z.number().int().min(0).optional(),
    negativePrompt: z.string().optional(),
    guidanceScale: z.number().finite().optional(),
    numInferenceSteps: z.number().int().positive().optional(),
    responseFormat: z.enum(['url', 'b64_json']).optional(),
  })
  .strict()
  .superRefine((params, context) => {
    if (params.size !== undefined && (params.width !== undefined || params.height !== undefined)) {
      context.addIssue({ code: 'custom', path: ['size'], message: 'give either size or width/height, not both' });
    }
  });

export type ImageGenerateParams = z.input<typeof imageGenerateParamsSchema>;

const contentPart = z.union([
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('image_url'), image_url: z.object({ url: z.string() }) }),
]);

export const messageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(contentPart)]),
});

export const chatCompletionParamsSchema = z
  .object({
    ...sharedParams,
    messages: z.array(messageSchema).min(1, 'messages must contain at least one message'),
    stream: z.boolean().optional(),
    conversation: z.instanceof(JsonConversation).optional(),
  })
  .strict();

export type ChatCompletionParams = Omit<z.input<typeof chatCompletionParamsSchema>, 'messages'> & {
  messages: readonly Message[];
};
