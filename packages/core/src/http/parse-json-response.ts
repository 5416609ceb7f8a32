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
 * first bad field; such an answer will not improve on retry. Synchronous
 * unless the schema itself is asynchronous.
 */
export function parseJsonResponse<T>(text: string, schema: z.ZodType<T>, context: ParseJsonContext): T | Promise<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const shown = text.trim() === '' ? '(empty body)' : truncate(text, MAX_BODY_IN_MESSAGE);
    throw new ResponseError(`${prefixOf(context)}Invalid JSON from ${context.url}: ${shown}`, {
      url: context.url,
      cause: error,
    });
  }
  let result: z.ZodSafeParseResult<T>;
  try {
    result = schema.safeParse(value);
  } catch (error) {
    if (!(error instanceof z.core.$ZodAsyncError)) throw error;
    return schema.safeParseAsync(value).then((asyncResult) => dataOrThrow(asyncResult, context));
  }
  return dataOrThrow(result, context);
}

function dataOrThrow<T>(result: z.ZodSafeParseResult<T>, context: ParseJsonContext): T {
  if (result.success) return result.data;
  const issues = zodIssuesToOptionIssues(result.error);
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const detail = first ? `${first.field}: ${first.message}${more}` : 'does not match the expected shape';
  throw new ResponseError(`${prefixOf(context)}Unexpected response from ${context.url}: ${detail}`, {
    url: context.url,
    cause: result.error,
  });
}

function prefixOf(context: ParseJsonContext): string {
  return context.operation ? `${context.operation}: ` : '';
}
