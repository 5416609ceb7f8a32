import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { buildRequest } from './build-request.js';

const userAgent = 'test-agent/1';

function headersOf(init: RequestInit): Headers {
  return init.headers as Headers;
}

function invalid(run: () => unknown): InvalidOptionsError {
  try {
    run();
  } catch (error) {
    if (InvalidOptionsError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidOptionsError');
}

describe('buildRequest', () => {
  it('defaults to GET without a body and POST with one', () => {
    expect(buildRequest('https://api.test/a', {}, userAgent).method).toBe('GET');
    expect(buildRequest('https://api.test/a', { json: {} }, userAgent).method).toBe('POST');
    expect(buildRequest('https://api.test/a', { form: {} }, userAgent).method).toBe('POST');
  });

  it('upper-cases the method, since fetch leaves non-standard casing such as "patch" alone', () => {
    const built = buildRequest('https://api.test/a', { method: 'patch', json: {} }, userAgent);
    expect(built.init.method).toBe('PATCH');
  });

  it('appends the query to the URL, dropping undefined values', () => {
    const built = buildRequest(
      'https://api.test/a?fixed=1',
      { query: { n: 2, flag: true, text: 'a b', skipped: undefined } },
      userAgent,
    );
    expect(built.url).toBe('https://api.test/a?fixed=1&n=2&flag=true&text=a+b');
  });

  it('sets the user agent, lets the caller override it and drops undefined headers', () => {
    const built = buildRequest(
      'https://api.test/a',
      { headers: { authorization: undefined, 'x-one': '1', 'User-Agent': 'custom' } },
      userAgent,
    );
    const headers = headersOf(built.init);
    expect(headers.has('authorization')).toBe(false);
    expect(headers.get('x-one')).toBe('1');
    expect(headers.get('user-agent')).toBe('custom');
  });

  it('serializes json with a content-type, keeping one the caller set', () => {
    const plain = buildRequest('https://api.test/a', { json: { a: [1] } }, userAgent);
    expect(plain.init.body).toBe('{"a":[1]}');
    expect(headersOf(plain.init).get('content-type')).toBe('application/json');
    const custom = buildRequest(
      'https://api.test/a',
      { json: null, headers: { 'content-type': 'application/vnd.api+json' } },
      userAgent,
    );
    expect(custom.init.body).toBe('null');
    expect(headersOf(custom.init).get('content-type')).toBe('application/vnd.api+json');
  });

  it('encodes a form, dropping undefined values', () => {
    const built = buildRequest('https://api.test/a', { form: { a: 1, b: 'x y', c: undefined } }, userAgent);
    expect(String(built.init.body)).toBe('a=1&b=x+y');
  });

  it('drops a hand-set content-type for multipart, so fetch can add its boundary', () => {
    const form = new FormData();
    form.append('a', '1');
    const built = buildRequest(
      'https://api.test/a',
      { multipart: form, headers: { 'content-type': 'multipart/form-data' } },
      userAgent,
    );
    expect(built.init.body).toBe(form);
    expect(headersOf(built.init).has('content-type')).toBe(false);
  });

  it('marks a streamed body as half-duplex, which Node requires', () => {
    const built = buildRequest('https://api.test/a', { body: new ReadableStream() }, userAgent);
    expect(built.init.duplex).toBe('half');
  });

  it('refuses two body options', () => {
    const error = invalid(() => buildRequest('https://api.test/a', { json: {}, form: {} }, userAgent));
    expect(error.message).toContain('json, form');
  });

  it('names a bad header without repeating its value, which may be a token', () => {
    const error = invalid(() =>
      buildRequest('https://api.test/a', { headers: { authorization: 'Bearer SECRET\nX-Injected: 1' } }, userAgent),
    );
    expect(error.field).toBe('headers.authorization');
    expect(error.message).not.toContain('SECRET');
  });

  it('rejects a relative URL without echoing it', () => {
    const error = invalid(() => buildRequest('/relative?key=SECRET', {}, userAgent));
    expect(error.field).toBe('url');
    expect(error.message).not.toContain('SECRET');
  });

  it('rejects a non-positive timeout', () => {
    expect(invalid(() => buildRequest('https://api.test/a', { timeoutMs: 0 }, userAgent)).field).toBe('timeoutMs');
  });
});
