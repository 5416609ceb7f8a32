import { InvalidOptionsError, type OptionIssue } from '../errors/invalid-options-error.js';
import { displayUrl } from './display-url.js';
import type { NodeRequestInit, RequestBody } from './fetch-with-dispatcher.js';
import type { RequestOptions } from './request-options.js';

export interface BuiltRequest {
  /** With the query appended. */
  url: URL;
  /** The URL as messages and logs may show it (no query, fragment or credentials). */
  displayUrl: string;
  /** Upper-case. */
  method: string;
  /** Lower-case names, validated as fetch's Headers would. */
  headers: Record<string, string>;
  /** Forms and JSON already serialized; the caller's `body` and `multipart` as given. */
  body: RequestBody | undefined;
}

const BODY_OPTIONS = ['json', 'form', 'multipart', 'body'] as const;

/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** What a header value may hold: visible Latin-1, space and tab (no CR, LF or NUL). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** HTTP whitespace around a value, which fetch's Headers strips. */
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const HTTP_WHITESPACE = new Set([9, 10, 13, 32]);

/**
 * Turns request options into one plain request that both transports send
 * (undici's dispatcher as it is, fetch through {@link toFetchInit}). Fails
 * before any request with an InvalidOptionsError that never repeats a header
 * value or the URL, since either may hold a credential.
 */
export function buildRequest(url: string, options: RequestOptions, userAgent: string): BuiltRequest {
  const issues: OptionIssue[] = [];
  const target = parseUrl(url, issues);
  if (options.query !== undefined && target !== undefined) {
    for (const name in options.query) {
      const value = options.query[name];
      if (value !== undefined) target.searchParams.append(name, String(value));
    }
  }

  const headers: Record<string, string> = { 'user-agent': userAgent };
  if (options.headers !== undefined) {
    for (const name in options.headers) {
      const value = options.headers[name];
      if (value === undefined) continue;
      const normalized = hasEdgeWhitespace(value) ? value.replace(EDGE_WHITESPACE, '') : value;
      if (HEADER_NAME.test(name) && HEADER_VALUE.test(normalized)) headers[name.toLowerCase()] = normalized;
      else issues.push({ field: `headers.${name}`, message: 'is not a valid header name or value' });
    }
  }

  const bodyOptions = BODY_OPTIONS.filter((name) => options[name] !== undefined);
  if (bodyOptions.length > 1) {
    issues.push({ field: bodyOptions.join(', '), message: 'give at most one of json, form, multipart and body' });
  }
  const { timeoutMs } = options;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) {
    issues.push({ field: 'timeoutMs', message: `must be a positive number (got ${timeoutMs})` });
  }
  if (issues.length > 0 || target === undefined) throw new InvalidOptionsError(issues);

  const body = encodeBody(options, headers);
  // fetch upper-cases only the standard methods; 'patch' would go out as is and be rejected.
  const method = (options.method ?? (body === undefined ? 'GET' : 'POST')).toUpperCase();
  return { url: target, displayUrl: displayUrl(target), method, headers, body };
}

/** What fetch takes for the same request. */
export function toFetchInit(request: BuiltRequest): NodeRequestInit {
  const init: NodeRequestInit = { method: request.method, headers: request.headers };
  if (request.body !== undefined) init.body = request.body;
  // A streamed upload must say so, or Node's fetch refuses it.
  if (request.body instanceof ReadableStream) init.duplex = 'half';
  return init;
}

function hasEdgeWhitespace(value: string): boolean {
  return (
    value !== '' &&
    (HTTP_WHITESPACE.has(value.charCodeAt(0)) || HTTP_WHITESPACE.has(value.charCodeAt(value.length - 1)))
  );
}

function parseUrl(url: string, issues: OptionIssue[]): URL | undefined {
  try {
    return new URL(url);
  } catch {
    issues.push({ field: 'url', message: 'must be an absolute URL' });
    return undefined;
  }
}

function encodeBody(options: RequestOptions, headers: Record<string, string>): RequestBody | undefined {
  if (options.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    return JSON.stringify(options.json);
  }
  if (options.form !== undefined) {
    const form = new URLSearchParams();
    for (const name in options.form) {
      const value = options.form[name];
      if (value !== undefined) form.append(name, String(value));
    }
    // What fetch would send for a URLSearchParams body.
    headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    return form.toString();
  }
  if (options.multipart !== undefined) {
    // A hand-set multipart content-type lacks the boundary fetch generates.
    delete headers['content-type'];
    return options.multipart;
  }
  return options.body;
}
