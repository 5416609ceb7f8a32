import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { buildRequest, toFetchInit } from './build-request.js';

const userAgent = 'test-agent/1';

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
    expect(built.method).toBe('PATCH');
  });

  it('appends the query to the URL, dropping undefined values', () => {
    const built = buildRequest(
      'https://api.test/a?fixed=1',
      { query: { n: 2, flag: true, text: 'a b', skipped: undefined } },
      userAgent,
    );
    expect(built.url.href).toBe('https://api.test/a?fixed=1&n=2&flag=true&text=a+b');
    expect(built.displayUrl).toBe('https://api.test/a');
  });

  it('sets the user agent, lets the caller override it and drops undefined headers', () => {
    const built = buildRequest(
      'https://api.test/a',
      { headers: { authorization: undefined, 'x-one': '1', 'User-Agent': 'custom' } },
      userAgent,
    );
    expect(built.headers).toEqual({ 'x-one': '1', 'user-agent': 'custom' });
  });

  it('serializes json with a content-type, keeping one the caller set', () => {
    const plain = buildRequest('https://api.test/a', { json: { a: [1] } }, userAgent);
    expect(plain.body).toBe('{"a":[1]}');
    expect(plain.headers['content-type']).toBe('application/json');
    const custom = buildRequest(
      'https://api.test/a',
      { json: null, headers: { 'content-type': 'application/vnd.api+json' } },
      userAgent,
    );
    expect(custom.body).toBe('null');
    expect(custom.headers['content-type']).toBe('application/vnd.api+json');
  });

  it('encodes a form with the content-type fetch would give it, dropping undefined values', () => {
    const built = buildRequest('https://api.test/a', { form: { a: 1, b: 'x y', c: undefined } }, userAgent);
    expect(built.body).toBe('a=1&b=x+y');
    expect(built.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
  });

  it('trims header values as fetch does and refuses characters fetch would refuse', () => {
    expect(buildRequest('https://api.test/a', { headers: { 'X-Pad': '  v \t' } }, userAgent).headers['x-pad']).toBe(
      'v',
    );
    for (const headers of [{ 'bad name': 'v' }, { 'x-wide': 'snow \u2603' }, { 'x-nul': 'a\u0000b' }]) {
      const error = invalid(() => buildRequest('https://api.test/a', { headers }, userAgent));
      expect(error.field).toBe(`headers.${Object.keys(headers)[0]}`);
    }
  });

  it('drops a hand-set content-type for multipart, so fetch can add its boundary', () => {
    const form = new FormData();
    form.append('a', '1');
    const built = buildRequest(
      'https://api.test/a',
      { multipart: form, headers: { 'content-type': 'multipart/form-data' } },
      userAgent,
    );
    expect(built.body).toBe(form);
    expect(built.headers['content-type']).toBeUndefined();
  });

  it('marks a streamed body as half-duplex, which Node requires', () => {
    const built = buildRequest('https://api.test/a', { body: new ReadableStream() }, userAgent);
    expect(toFetchInit(built).duplex).toBe('half');
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
