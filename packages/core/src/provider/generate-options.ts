import { z } from 'zod';
import type { JsonConversation } from '../chunks/json-conversation.js';

/** An image or file handed to a provider (vision input). */
export interface MediaInput {
  /** A data: URI, an http(s) URL, or raw bytes. */
  data: string | Uint8Array;
  name?: string;
  mimeType?: string;
}

/**
 * The options every provider receives, mirroring g4f's keyword arguments.
 * Providers validate the ones they use with their own zod schema.
 */
export interface GenerateOptions {
  prompt?: string;
  negativePrompt?: string;
  n?: number;
  seed?: number;
  width?: number;
  height?: number;
  aspectRatio?: string;
  guidanceScale?: number;
  numInferenceSteps?: number;
  /**
   * What the caller wants back. With an empty model, composite providers pick
   * each provider's default model for it (`defaultImageModel` for images).
   */
  outputKind?: 'image' | 'text';
  /** Stream text as it is produced; providers may ignore it. */
  stream?: boolean;
  /** Proxy URL for this call's upstream requests. */
  proxy?: string;
  /** A provider credential (for the HF spaces: the ZeroGPU token). */
  apiKey?: string;
  conversation?: JsonConversation;
  media?: readonly MediaInput[];
  /** Cancels every request, stream read, poll and delay of the call. */
  signal?: AbortSignal;
  /** Overall deadline of the whole generation, in ms. */
  timeoutMs?: number;
  /** Time limit of each upstream request, in ms. */
  requestTimeoutMs?: number;
  /** Provider-specific extras, validated by that provider. */
  providerOptions?: Record<string, unknown>;
}

const finite = z.number().finite();

/** The shared shape of {@link GenerateOptions}; providers narrow it further. */
export const generateOptionsSchema = z
  .object({
    prompt: z.string().optional(),
    negativePrompt: z.string().optional(),
    n: z.number().int().min(1).max(10).optional(),
    seed: z.number().int().min(0).optional(),
    width: z.number().int().positive().max(8192).optional(),
    height: z.number().int().positive().max(8192).optional(),
    aspectRatio: z
      .string()
      .regex(/^\d+:\d+$/, 'must look like "16:9"')
      .optional(),
    guidanceScale: finite.optional(),
    numInferenceSteps: z.number().int().positive().optional(),
    outputKind: z.enum(['image', 'text']).optional(),
    stream: z.boolean().optional(),
    proxy: z.url({ protocol: /^(https?|socks5?)$/ }).optional(),
    apiKey: z.string().min(1).optional(),
    timeoutMs: z.number().int().positive().optional(),
    requestTimeoutMs: z.number().int().positive().optional(),
  })
  .loose();
