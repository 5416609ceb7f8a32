import { InvalidOptionsError, zodIssuesToOptionIssues } from '@g4f-kit/core';
import type { z } from 'zod';

/**
 * Validates a request body; a bad one becomes an {@link InvalidOptionsError}
 * whose first issue names the field (OpenAI's `error.param`).
 */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new InvalidOptionsError(zodIssuesToOptionIssues(result.error));
}
