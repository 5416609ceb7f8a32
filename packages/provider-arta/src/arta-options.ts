import {
  formatImagePrompt,
  type GenerateOptions,
  generateOptionsSchema,
  InvalidOptionsError,
  type Message,
  parseProviderOptions,
} from '@g4f-kit/core';
import { z } from 'zod';
import { ARTA_ASPECT_RATIOS, type ArtaAspectRatio, nearestArtaAspectRatio } from './arta-aspect-ratios.js';

/** g4f's default negative prompt for ARTA. */
export const ARTA_DEFAULT_NEGATIVE_PROMPT = 'blurry, deformed hands, ugly';

/** Where a seed is drawn from when none is given (g4f's range). */
export const ARTA_RANDOM_SEED_RANGE = Object.freeze({ min: 9999, max: 99_999_999 });

/**
 * The generation options ARTA reads, with its limits:
 * - `n` (images_num) 1–4;
 * - `guidanceScale` (cfg_scale) 1–20, default 7: no documented upper bound,
 *   20 is where classifier-free guidance stops being useful;
 * - `numInferenceSteps` (steps) 1–50, default 30: 50 is the maximum reported
 *   in the ARTA write-up (g4f issue #2790);
 * - `aspectRatio` from {@link ARTA_ASPECT_RATIOS}, default 1:1;
 * - `seed` a non-negative 32-bit integer, random when absent.
 * The shared options (proxy, timeouts, …) are checked by core's schema; others
 * pass through untouched.
 */
export const artaOptionsSchema = generateOptionsSchema.extend({
  n: z.number().int().min(1).max(4).optional(),
  guidanceScale: z.number().finite().min(1).max(20).optional(),
  numInferenceSteps: z.number().int().min(1).max(50).optional(),
  aspectRatio: z.enum(ARTA_ASPECT_RATIOS).optional(),
  seed: z.number().int().min(0).max(4_294_967_295).optional(),
});

/** One validated ARTA generation request, defaults applied. */
export interface ArtaRequest {
  prompt: string;
  negativePrompt: string;
  n: number;
  cfgScale: number;
  steps: number;
  aspectRatio: ArtaAspectRatio;
  seed: number;
}

/**
 * Validates the options before any request (a bad value is an
 * InvalidOptionsError naming the field) and applies ARTA's defaults. The
 * prompt is `options.prompt`, else the last user message.
 *
 * ARTA has no width/height: when `aspectRatio` is absent and both are given,
 * the nearest supported ratio is sent instead; a given `aspectRatio` wins.
 */
export function parseArtaOptions(
  messages: readonly Message[],
  options: GenerateOptions | undefined,
  random: () => number = Math.random,
): ArtaRequest {
  const valid = parseProviderOptions(artaOptionsSchema, options, 'ARTA');
  const prompt = formatImagePrompt(messages, valid.prompt);
  if (prompt.trim() === '') {
    throw new InvalidOptionsError(
      [{ field: 'prompt', message: 'is required: give a prompt or a user message' }],
      'ARTA',
    );
  }
  return {
    prompt,
    negativePrompt: valid.negativePrompt ?? ARTA_DEFAULT_NEGATIVE_PROMPT,
    n: valid.n ?? 1,
    cfgScale: valid.guidanceScale ?? 7,
    steps: valid.numInferenceSteps ?? 30,
    aspectRatio: valid.aspectRatio ?? aspectRatioFromSize(valid.width, valid.height),
    seed: valid.seed ?? randomArtaSeed(random),
  };
}

/** A seed from g4f's range, both ends included. */
export function randomArtaSeed(random: () => number = Math.random): number {
  const { min, max } = ARTA_RANDOM_SEED_RANGE;
  return min + Math.floor(random() * (max - min + 1));
}

function aspectRatioFromSize(width: number | undefined, height: number | undefined): ArtaAspectRatio {
  return width !== undefined && height !== undefined ? nearestArtaAspectRatio(width, height) : '1:1';
}
