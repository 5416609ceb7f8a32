import { describe, expect, it } from 'vitest';
import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { ResponseStatusError } from '../errors/response-status-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { classifyRequestError } from './classify-request-error.js';
import { isTransportFailure } from './to-connection-error.js';

const url = 'https://api.test/v1';

function fetchFailed(code: string, message: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('classifyRequestError', () => {
  it('calls it an abort when the caller aborted, whatever the error', () => {
    const controller = new AbortController();
    controller.abort();
    const result = classifyRequestError(fetchFailed('ECONNRESET', 'reset'), { callerSignal: controller.signal, url });
    expect(AbortError.isInstance(result)).toBe(true);
  });

  it("keeps a typed abort reason such as a deadline's TimeoutError", () => {
    const deadline = new TimeoutError('deadline', { timeoutMs: 10, phase: 'deadline' });
    const result = classifyRequestError(new DOMException('aborted', 'AbortError'), {
      callerSignal: AbortSignal.abort(deadline),
      url,
    });
    expect(result).toBe(deadline);
  });

  it("returns our time limit's TimeoutError when that fired", () => {
    const timeout = new TimeoutError('no response', { timeoutMs: 50, phase: 'request' });
    const result = classifyRequestError(new DOMException('aborted', 'AbortError'), {
      callerSignal: new AbortController().signal,
      timeoutSignal: AbortSignal.abort(timeout),
      url,
    });
    expect(result).toBe(timeout);
  });

  it('keeps errors that are already typed', () => {
    const status = new ResponseStatusError('HTTP 500', { status: 500 });
    expect(classifyRequestError(status, { url })).toBe(status);
  });

  it('turns a transport failure into a retryable ConnectionError with the system code', () => {
    const result = classifyRequestError(fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'), {
      url,
      operation: 'ARTA sign-up',
    });
    expect(ConnectionError.isInstance(result)).toBe(true);
    const error = result as ConnectionError;
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.isRetryable).toBe(true);
    expect(error.url).toBe(url);
    expect(error.message).toBe(
      'ARTA sign-up: Connection to https://api.test/v1 failed (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:9',
    );
  });

  it('cuts query strings out of a quoted cause message', () => {
    const result = classifyRequestError(fetchFailed('ENOTFOUND', 'lookup failed for https://api.test/v1?key=SECRET'), {
      url,
    }) as Error;
    expect(result.message).toContain('https://api.test/v1');
    expect(result.message).not.toContain('SECRET');
  });

  it('leaves bugs in the request alone', () => {
    const bug = new TypeError('Request with GET/HEAD method cannot have body.');
    expect(classifyRequestError(bug, { url })).toBe(bug);
  });
});

describe('isTransportFailure', () => {
  it.each([
    [fetchFailed('ECONNRESET', 'read ECONNRESET'), true],
    [new TypeError('terminated'), true],
    [new TypeError('Failed to fetch'), true],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), true],
    [fetchFailed('UND_ERR_INVALID_ARG', 'invalid onRequestStart method'), false],
    [new TypeError('Invalid URL'), false],
    ['fetch failed', false],
  ])('%s -> %s', (error, expected) => {
    expect(isTransportFailure(error)).toBe(expected);
  });
});
