import { describe, expect, it } from 'vitest';
import {
  AbortError,
  CloudflareError,
  G4FError,
  MissingAuthError,
  ModelNotFoundError,
  mapStatusToError,
  PaymentRequiredError,
  ProviderNotFoundError,
  parseRetryAfter,
  RateLimitError,
  ResponseError,
  ResponseStatusError,
  TimeoutError,
} from './index.js';

const noHeaders = new Headers();

describe('G4FError.isInstance', () => {
  it('recognises a class and its subclasses, not its siblings', () => {
    const error = new RateLimitError('slow down');
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(G4FError.isInstance(error)).toBe(true);
    expect(MissingAuthError.isInstance(error)).toBe(false);
    expect(G4FError.isInstance(new Error('plain'))).toBe(false);
    expect(G4FError.isInstance(null)).toBe(false);
  });

  it('works for an error made by another copy of the package (marker, not prototype)', () => {
    const foreign = Object.create(Error.prototype) as Record<symbol, unknown>;
    Object.defineProperty(foreign, Symbol.for('g4f-kit.error.kinds'), {
      value: ['RateLimitError', 'ResponseStatusError', 'ResponseError', 'G4FError'],
    });
    expect(foreign instanceof RateLimitError).toBe(false);
    expect(RateLimitError.isInstance(foreign)).toBe(true);
  });

  it('names errors after their class', () => {
    expect(new ModelNotFoundError('x', ['a']).name).toBe('ModelNotFoundError');
    expect(new AbortError().name).toBe('AbortError');
  });
});

describe('isRetryable', () => {
  it('is true for rate limits, 5xx and non-deadline timeouts; false for auth, aborts and 4xx', () => {
    expect(new RateLimitError('x').isRetryable).toBe(true);
    expect(new ResponseStatusError('x', { status: 503 }).isRetryable).toBe(true);
    expect(new ResponseStatusError('x', { status: 400 }).isRetryable).toBe(false);
    expect(new TimeoutError('x', { timeoutMs: 1, phase: 'request' }).isRetryable).toBe(true);
    expect(new TimeoutError('x', { timeoutMs: 1, phase: 'deadline' }).isRetryable).toBe(false);
    expect(new MissingAuthError('x').isRetryable).toBe(false);
    expect(new AbortError().isRetryable).toBe(false);
  });
});

describe('ProviderNotFoundError / ModelNotFoundError', () => {
  it('lists what is available', () => {
    expect(new ProviderNotFoundError('Nope', ['ARTA', 'G4F']).message).toBe(
      'Provider not found: "Nope". Registered providers: ARTA, G4F',
    );
    const error = new ModelNotFoundError('flux-9', ['flux', 'sdxl'], 'ARTA');
    expect(error.message).toContain('"flux-9"');
    expect(error.message).toContain('ARTA');
    expect(error.message).toContain('flux, sdxl');
  });
});

describe('mapStatusToError', () => {
  it('maps 401 to MissingAuthError and 402 to PaymentRequiredError', () => {
    expect(MissingAuthError.isInstance(mapStatusToError(401, '', noHeaders))).toBe(true);
    expect(PaymentRequiredError.isInstance(mapStatusToError(402, '', noHeaders))).toBe(true);
  });

  it('maps 429 to RateLimitError carrying Retry-After', () => {
    const error = mapStatusToError(429, '', new Headers({ 'retry-after': '7' }));
    expect(RateLimitError.isInstance(error) && error.retryAfterMs).toBe(7000);
  });

  it('maps a 403 challenge page to CloudflareError, a plain 403 to ResponseStatusError', () => {
    const page = '<!DOCTYPE html><html><title>Just a moment...</title></html>';
    expect(CloudflareError.isInstance(mapStatusToError(403, page, noHeaders))).toBe(true);
    const plain = mapStatusToError(403, '{"error":"forbidden"}', noHeaders);
    expect(CloudflareError.isInstance(plain)).toBe(false);
    expect(ResponseStatusError.isInstance(plain) && plain.status).toBe(403);
  });

  it('uses the JSON error message, keeps status and URL without the query, truncates the body', () => {
    const body = JSON.stringify({ error: { message: 'model overloaded' }, padding: 'x'.repeat(2000) });
    const error = mapStatusToError(503, body, noHeaders, {
      url: 'https://api.example/v1?key=SECRET',
      operation: 'ARTA submit',
    });
    expect(error.message).toBe('ARTA submit: HTTP 503: model overloaded');
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    if (!ResponseStatusError.isInstance(error)) return;
    expect(error.status).toBe(503);
    expect(error.url).toBe('https://api.example/v1');
    expect(error.body?.length).toBeLessThan(600);
    expect(error.message).not.toContain('SECRET');
  });

  it('reads `error` strings and top-level `message`, and says "HTML content" for pages', () => {
    expect(mapStatusToError(500, '{"error":"boom"}', noHeaders).message).toBe('HTTP 500: boom');
    expect(mapStatusToError(500, '{"message":"bad"}', noHeaders).message).toBe('HTTP 500: bad');
    expect(mapStatusToError(502, '<html><body>oops</body></html>', noHeaders).message).toBe('HTTP 502: HTML content');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '150' }))).toBe(150);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(noHeaders)).toBeUndefined();
  });
});
