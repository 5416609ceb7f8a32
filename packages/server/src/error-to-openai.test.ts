import {
  AbortError,
  CloudflareError,
  ConnectionError,
  G4FError,
  InvalidConfigError,
  InvalidOptionsError,
  MissingAuthError,
  ModelNotFoundError,
  NoMediaResponseError,
  PaymentRequiredError,
  ProviderNotFoundError,
  ProviderNotWorkingError,
  RateLimitError,
  ResponseError,
  ResponseStatusError,
  RetryNoProviderError,
  RetryProviderError,
  TimeoutError,
} from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { errorToOpenAI, toSnakePath } from './error-to-openai.js';

const upstream500 = () => new ResponseStatusError('Response 500: boom', { status: 500 });

describe('errorToOpenAI', () => {
  it.each([
    [
      'InvalidOptionsError',
      400,
      'invalid_request_error',
      new InvalidOptionsError([{ field: 'n', message: 'too big' }]),
    ],
    ['ModelNotFoundError', 404, 'invalid_request_error', new ModelNotFoundError('gpt-9', ['a', 'b'])],
    ['ProviderNotFoundError', 404, 'invalid_request_error', new ProviderNotFoundError('Nope', ['ARTA'])],
    ['MissingAuthError', 401, 'authentication_error', new MissingAuthError('needs a token', { status: 401 })],
    ['PaymentRequiredError', 402, 'insufficient_quota', new PaymentRequiredError('out of credit')],
    ['RateLimitError', 429, 'rate_limit_error', new RateLimitError('slow down')],
    ['ResponseError', 502, 'upstream_error', new ResponseError('job FAILED', { upstreamStatus: 'FAILED' })],
    ['ResponseStatusError', 502, 'upstream_error', upstream500()],
    ['CloudflareError', 502, 'upstream_error', new CloudflareError('challenge', { status: 403 })],
    [
      'RetryProviderError',
      502,
      'upstream_error',
      new RetryProviderError([{ providerName: 'A', error: upstream500() }]),
    ],
    ['NoMediaResponseError', 502, 'upstream_error', new NoMediaResponseError('ARTA')],
    ['RetryNoProviderError', 502, 'upstream_error', new RetryNoProviderError()],
    ['ConnectionError', 502, 'upstream_error', new ConnectionError('ECONNREFUSED', { code: 'ECONNREFUSED' })],
    ['TimeoutError', 504, 'timeout_error', new TimeoutError('too slow', { timeoutMs: 5, phase: 'request' })],
    ['ProviderNotWorkingError', 503, 'server_error', new ProviderNotWorkingError('Old')],
    ['AbortError', 503, 'server_error', new AbortError('The server is shutting down')],
    ['InvalidConfigError', 500, 'server_error', new InvalidConfigError([{ field: 'port', message: 'bad' }])],
    ['G4FError', 500, 'server_error', new G4FError('registry conflict')],
  ] as const)('%s → %i %s', (_name, status, type, error) => {
    const mapped = errorToOpenAI(error);
    expect(mapped.status).toBe(status);
    expect(mapped.body.error).toMatchObject({ message: (error as Error).message, type, code: expect.any(String) });
    expect(Object.keys(mapped.body.error)).toEqual(['message', 'type', 'param', 'code']);
    expect(mapped.body.error.param === null || typeof mapped.body.error.param === 'string').toBe(true);
  });

  it('names the offending field in `param`, in the API’s snake_case', () => {
    const bad = new InvalidOptionsError([
      { field: 'aspectRatio', message: 'must look like "16:9"' },
      { field: 'n', message: 'too big' },
    ]);
    expect(errorToOpenAI(bad).body.error).toMatchObject({ param: 'aspect_ratio', code: 'invalid_value' });
    const nested = new InvalidOptionsError([{ field: 'providerOptions.arta.styleName', message: 'unknown' }]);
    expect(errorToOpenAI(nested).body.error.param).toBe('provider_options.arta.styleName');
    const root = new InvalidOptionsError([{ field: '(root)', message: 'expected an object' }]);
    expect(errorToOpenAI(root).body.error.param).toBeNull();
    expect(toSnakePath('numInferenceSteps')).toBe('num_inference_steps');
  });

  it('names model and provider in `param` for 404s', () => {
    expect(errorToOpenAI(new ModelNotFoundError('x', [])).body.error).toMatchObject({
      param: 'model',
      code: 'model_not_found',
    });
    expect(errorToOpenAI(new ProviderNotFoundError('x', [])).body.error).toMatchObject({
      param: 'provider',
      code: 'provider_not_found',
    });
  });

  it('passes Retry-After on in seconds (and milliseconds) when the wait is known', () => {
    expect(errorToOpenAI(new RateLimitError('wait', { retryAfterMs: 1500 })).headers).toEqual({
      'retry-after': '2',
      'retry-after-ms': '1500',
    });
    expect(errorToOpenAI(new RateLimitError('wait')).headers).toEqual({});
  });

  it('keeps the kind of an aggregated failure: every provider rate limited is a 429', () => {
    const aggregated = new RateLimitError('Every provider is rate limited (A, B)', {
      cause: new RetryProviderError([]),
      retryAfterMs: 1000,
    });
    expect(errorToOpenAI(aggregated).status).toBe(429);
  });

  it('tells clients not to retry deterministic failures', () => {
    const noRetry = [
      new InvalidOptionsError([{ field: 'n', message: 'x' }]),
      new MissingAuthError('x'),
      new ModelNotFoundError('x', []),
      new ProviderNotFoundError('x', []),
      new NoMediaResponseError(),
      new CloudflareError('x', { status: 403 }),
      new ResponseStatusError('bad request upstream', { status: 400 }),
    ];
    for (const error of noRetry) expect(errorToOpenAI(error).headers['x-should-retry'], error.name).toBe('false');
    const retry = [
      upstream500(),
      new ConnectionError('reset'),
      new RateLimitError('x'),
      new TimeoutError('x', { timeoutMs: 1, phase: 'idle' }),
    ];
    for (const error of retry) expect(errorToOpenAI(error).headers['x-should-retry'], error.name).toBeUndefined();
  });

  it('never leaks an unknown error’s message or stack', () => {
    const error = new Error('ENOENT: /home/operator/.secrets/token.json');
    const mapped = errorToOpenAI(error);
    expect(mapped.status).toBe(500);
    expect(JSON.stringify(mapped.body)).not.toContain('secrets');
    expect(JSON.stringify(mapped.body)).not.toContain('at ');
    expect(errorToOpenAI('a string').status).toBe(500);
    expect(errorToOpenAI(undefined).body.error.message).toBe('Internal server error');
  });

  it('maps a platform AbortError (DOMException) like ours', () => {
    const mapped = errorToOpenAI(new DOMException('This operation was aborted', 'AbortError'));
    expect(mapped.status).toBe(503);
    expect(mapped.body.error.code).toBe('request_aborted');
  });

  it('keeps the status of Fastify’s client errors (body too large, bad JSON, bad content type)', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    expect(errorToOpenAI(tooLarge)).toMatchObject({
      status: 413,
      body: { error: { type: 'invalid_request_error', code: 'request_too_large' } },
    });
    const badJson = Object.assign(new SyntaxError('Unexpected token } in JSON'), {
      statusCode: 400,
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
    });
    expect(errorToOpenAI(badJson)).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
    const serverSide = Object.assign(new Error('internal detail'), { statusCode: 500 });
    expect(errorToOpenAI(serverSide).body.error.message).toBe('Internal server error');
  });
});
