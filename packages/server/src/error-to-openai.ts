import {
  AbortError,
  CloudflareError,
  ConnectionError,
  G4FError,
  InvalidConfigError,
  InvalidOptionsError,
  isAbortError,
  MissingAuthError,
  ModelNotFoundError,
  NoMediaResponseError,
  PaymentRequiredError,
  ProviderNotFoundError,
  ProviderNotWorkingError,
  RateLimitError,
  ResponseError,
  RetryNoProviderError,
  RetryProviderError,
  TimeoutError,
} from '@g4f-kit/core';

/** OpenAI's error body: what the official clients read as `error`. */
export interface OpenAIErrorBody {
  error: {
    message: string;
    type: string;
    param: string | null;
    code: string | null;
  };
}

export interface OpenAIErrorResponse {
  status: number;
  body: OpenAIErrorBody;
  /** Extra response headers: `retry-after`, `x-should-retry`. */
  headers: Record<string, string>;
}

const NO_RETRY = { 'x-should-retry': 'false' } as const;

/**
 * The one mapping from anything a route can throw to an HTTP status and an
 * OpenAI-shaped error body. Messages of our own errors are shown (they are
 * written never to hold secrets); anything unknown becomes a generic 500, so
 * no stack trace or foreign message leaks.
 */
export function errorToOpenAI(error: unknown): OpenAIErrorResponse {
  if (InvalidOptionsError.isInstance(error)) {
    const param = error.field === undefined || error.field === '(root)' ? null : toSnakePath(error.field);
    return respond(400, error.message, 'invalid_request_error', 'invalid_value', NO_RETRY, param);
  }
  if (ModelNotFoundError.isInstance(error)) {
    return respond(404, error.message, 'invalid_request_error', 'model_not_found', NO_RETRY, 'model');
  }
  if (ProviderNotFoundError.isInstance(error)) {
    return respond(404, error.message, 'invalid_request_error', 'provider_not_found', NO_RETRY, 'provider');
  }
  if (MissingAuthError.isInstance(error)) {
    return respond(401, error.message, 'authentication_error', 'provider_auth_required', NO_RETRY);
  }
  if (PaymentRequiredError.isInstance(error)) {
    return respond(402, error.message, 'insufficient_quota', 'payment_required', NO_RETRY);
  }
  if (RateLimitError.isInstance(error)) {
    return respond(429, error.message, 'rate_limit_error', 'rate_limit_exceeded', retryAfterHeaders(error));
  }
  if (TimeoutError.isInstance(error)) {
    return respond(504, error.message, 'timeout_error', 'upstream_timeout', {});
  }
  if (ProviderNotWorkingError.isInstance(error)) {
    return respond(503, error.message, 'server_error', 'provider_not_working', NO_RETRY, 'provider');
  }
  if (NoMediaResponseError.isInstance(error)) {
    return respond(502, error.message, 'upstream_error', 'no_media_response', NO_RETRY);
  }
  if (RetryNoProviderError.isInstance(error)) {
    return respond(502, error.message, 'upstream_error', 'no_content_response', NO_RETRY);
  }
  if (CloudflareError.isInstance(error)) {
    return respond(502, error.message, 'upstream_error', 'upstream_blocked', NO_RETRY);
  }
  if (ResponseError.isInstance(error) || RetryProviderError.isInstance(error) || ConnectionError.isInstance(error)) {
    const code = ConnectionError.isInstance(error) ? 'upstream_unreachable' : 'upstream_error';
    return respond(502, error.message, 'upstream_error', code, error.isRetryable ? {} : NO_RETRY);
  }
  if (AbortError.isInstance(error) || isAbortError(error)) {
    const message = AbortError.isInstance(error) ? error.message : 'The request was aborted';
    return respond(503, message, 'server_error', 'request_aborted', {});
  }
  if (InvalidConfigError.isInstance(error)) {
    return respond(500, error.message, 'server_error', 'invalid_config', NO_RETRY);
  }
  const client = clientError(error);
  if (client) return client;
  if (G4FError.isInstance(error)) return respond(500, error.message, 'server_error', 'internal_error', {});
  return respond(500, 'Internal server error', 'server_error', 'internal_error', {});
}

function respond(
  status: number,
  message: string,
  type: string,
  code: string | null,
  headers: Record<string, string>,
  param: string | null = null,
): OpenAIErrorResponse {
  return { status, body: { error: { message, type, param, code } }, headers: { ...headers } };
}

function retryAfterHeaders(error: { retryAfterMs: number | undefined }): Record<string, string> {
  const wait = error.retryAfterMs;
  if (wait === undefined || !Number.isFinite(wait) || wait < 0) return {};
  return { 'retry-after': String(Math.ceil(wait / 1000)), 'retry-after-ms': String(Math.ceil(wait)) };
}

/**
 * Errors Fastify raises for a bad request before a route runs (malformed
 * JSON, a body over the limit, an unsupported content type): they carry a
 * 4xx `statusCode` and a message written for the client.
 */
function clientError(error: unknown): OpenAIErrorResponse | undefined {
  if (!(error instanceof Error)) return undefined;
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode > 499) return undefined;
  const codes: Record<number, string> = {
    413: 'request_too_large',
    415: 'unsupported_media_type',
    404: 'not_found',
    405: 'method_not_allowed',
  };
  const label = codes[statusCode] ?? (typeof code === 'string' && code.includes('JSON') ? 'invalid_json' : null);
  return respond(statusCode, error.message, 'invalid_request_error', label, NO_RETRY);
}

/**
 * Core names fields in camelCase; the HTTP API speaks snake_case
 * (`aspectRatio` → `aspect_ratio`). Only the first segment is renamed: what
 * follows (`providerOptions.<name>.<key>`) is spelt as the caller sent it.
 */
export function toSnakePath(field: string): string {
  const [head = '', ...rest] = field.split('.');
  return [head.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), ...rest].join('.');
}
