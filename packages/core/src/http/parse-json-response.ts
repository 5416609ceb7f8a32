import { z } from 'zod';
import { truncate } from '../errors/map-response-to-error.js';
import { ResponseError } from '../errors/response-error.js';
import { zodIssuesToOptionIssues } from '../errors/zod-issues.js';

/** Enough of a bad body to recognise it (an HTML error page, a truncated answer). */
const MAX_BODY_IN_MESSAGE = 200;

export interface ParseJsonContext {
  /** Already stripped of its query string. */
  url: string;
  operation?: string | undefined;
}

/**
 * Parses a body and checks it against the schema. A body that is not JSON or
 * not the expected shape becomes a ResponseError naming the operation and the
 * first bad field; such an answer will not improve on retry.
 */
export async function parseJsonResponse<T>(text: string, schema: z.ZodType<T>, context: ParseJsonContext): Promise<T> {
  const prefix = context.operation ? `${context.operation}: ` : '';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const shown = text.trim() === '' ? '(empty body)' : truncate(text, MAX_BODY_IN_MESSAGE);
    throw new ResponseError(`${prefix}Invalid JSON from ${context.url}: ${shown}`, { url: context.url, cause: error });
  }
  const result = await safeParse(schema, value);
  if (result.success) return result.data;
  const issues = zodIssuesToOptionIssues(result.error);
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const detail = first ? `${first.field}: ${first.message}${more}` : 'does not match the expected shape';
  throw new ResponseError(`${prefix}Unexpected response from ${context.url}: ${detail}`, {
    url: context.url,
    cause: result.error,
  });
}

/** Synchronous when the schema allows it (the common case, and cheaper); async only for schemas that need it. */
function safeParse<T>(
  schema: z.ZodType<T>,
  value: unknown,
): z.ZodSafeParseResult<T> | Promise<z.ZodSafeParseResult<T>> {
  try {
    return schema.safeParse(value);
  } catch (error) {
    if (error instanceof z.core.$ZodAsyncError) return schema.safeParseAsync(value);
    throw error;
  }
}
