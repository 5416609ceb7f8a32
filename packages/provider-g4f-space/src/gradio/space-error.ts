import { CloudflareError, RateLimitError, ResponseError, ResponseStatusError } from '@g4f-kit/core';

const QUOTA_MARKERS = [/exceeded your GPU quota/i, /ZeroGPU quota/i, /GPU quota exceeded/i];

/** Whether a Space's error text is the ZeroGPU quota message. */
export function isGpuQuotaMessage(text: string | null | undefined): boolean {
  return typeof text === 'string' && QUOTA_MARKERS.some((marker) => marker.test(text));
}

/**
 * A Space's error text without the HTML that follows it: Hugging Face
 * appends `<a …>Create a free account</a>…` to quota errors.
 */
export function cleanSpaceMessage(text: string): string {
  return text.split(' <a ')[0]?.trim() ?? '';
}

/** "Try again in 0:12:34" in a quota message, in ms. */
export function quotaRetryAfterMs(text: string): number | undefined {
  const match = /try again in (?:(\d+):)?(\d{1,2}):(\d{2})/i.exec(text);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
  ];
  return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

export interface SpaceFailureContext {
  /** What failed, e.g. "G4F queue"; prefixes the message. */
  operation?: string | undefined;
  url?: string | undefined;
  /** Gradio's error title, e.g. "ZeroGPU quota exceeded". */
  title?: string | null | undefined;
  /** The HTTP status, when the failure came as one. */
  status?: number | undefined;
  cause?: unknown;
}

/**
 * The typed error for a failure a Space reported (a failed `process_completed`,
 * `unexpected_error`, or an error status): RateLimitError for the ZeroGPU
 * quota, else ResponseError. The message is cut before the appended HTML.
 */
export function spaceFailure(rawMessage: string | null | undefined, context: SpaceFailureContext = {}): ResponseError {
  const title = context.title ?? undefined;
  const text = cleanSpaceMessage(rawMessage ?? '') || title || 'The Space reported an error without a message';
  const prefix = context.operation ? `${context.operation}: ` : '';
  const message = `${prefix}${text}`;
  const common = {
    ...(context.url === undefined ? {} : { url: context.url }),
    ...(context.cause === undefined ? {} : { cause: context.cause }),
  };
  if (isGpuQuotaMessage(rawMessage) || isGpuQuotaMessage(title)) {
    const retryAfterMs = quotaRetryAfterMs(rawMessage ?? '');
    return new RateLimitError(message, {
      ...common,
      ...(context.status === undefined ? {} : { status: context.status }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (context.status !== undefined) return new ResponseStatusError(message, { ...common, status: context.status });
  return new ResponseError(message, common);
}

/**
 * Sharpens an HTTP error from a Space: the JSON `error`/`message`/`detail`
 * without its HTML tail, and the quota message as RateLimitError (Spaces
 * answer it with a 500). Rate-limit and Cloudflare errors, and anything that
 * is not a status error (auth, payment, timeouts, aborts), pass through unchanged.
 */
export function refineSpaceError(error: unknown, operation?: string): unknown {
  if (!ResponseStatusError.isInstance(error) || alreadySpecific(error)) return error;
  const detail = errorTextFromBody(error.body ?? '');
  if (detail === undefined) return error;
  return spaceFailure(detail, {
    operation: operation ? `${operation}: HTTP ${error.status}` : `HTTP ${error.status}`,
    url: error.url,
    status: error.status,
    cause: error,
  });
}

/** Errors whose type already says what happened; kept as they are. */
function alreadySpecific(error: unknown): boolean {
  return RateLimitError.isInstance(error) || CloudflareError.isInstance(error);
}

function errorTextFromBody(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return isGpuQuotaMessage(body) ? body : undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  for (const key of ['error', 'message', 'detail']) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
