import type { z } from 'zod';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { zodIssuesToOptionIssues } from '../errors/zod-issues.js';

/**
 * Validates options against a provider's schema before any request is made;
 * a bad value becomes an {@link InvalidOptionsError} naming the field.
 */
export function parseProviderOptions<Schema extends z.ZodType>(
  schema: Schema,
  options: unknown,
  providerName?: string,
): z.output<Schema> {
  const result = schema.safeParse(options ?? {});
  if (result.success) return result.data;
  throw new InvalidOptionsError(zodIssuesToOptionIssues(result.error), providerName);
}
