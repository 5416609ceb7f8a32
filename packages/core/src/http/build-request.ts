import { InvalidOptionsError, type OptionIssue } from '../errors/invalid-options-error.js';
import type { NodeRequestInit, RequestBody } from './fetch-with-dispatcher.js';
import type { RequestOptions } from './request-options.js';

export interface BuiltRequest {
  /** With the query appended. */
  url: string;
  method: string;
  /** Everything but the signal, which is made per attempt. */
  init: NodeRequestInit;
}

const BODY_OPTIONS = ['json', 'form', 'multipart', 'body'] as const;

/**
 * Turns request options into what fetch takes. Fails before any request with
 * an InvalidOptionsError that never repeats a header value or the URL, since
 * either may hold a credential.
 */
export function buildRequest(url: string, options: RequestOptions, userAgent: string): BuiltRequest {
  const issues: OptionIssue[] = [];
  const target = parseUrl(url, issues);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) target?.searchParams.append(name, String(value));
  }

  const headers = new Headers({ 'user-agent': userAgent });
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) continue;
    try {
      headers.set(name, value);
    } catch {
      issues.push({ field: `headers.${name}`, message: 'is not a valid header name or value' });
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

  const init: NodeRequestInit = { headers };
  const body = encodeBody(options, headers);
  if (body !== undefined) init.body = body;
  // A streamed upload must say so, or Node's fetch refuses it.
  if (body instanceof ReadableStream) init.duplex = 'half';
  // fetch upper-cases only the standard methods; 'patch' would go out as is and be rejected.
  const method = (options.method ?? (body === undefined ? 'GET' : 'POST')).toUpperCase();
  init.method = method;
  return { url: target.href, method, init };
}

function parseUrl(url: string, issues: OptionIssue[]): URL | undefined {
  try {
    return new URL(url);
  } catch {
    issues.push({ field: 'url', message: 'must be an absolute URL' });
    return undefined;
  }
}

function encodeBody(options: RequestOptions, headers: Headers): RequestBody | undefined {
  if (options.json !== undefined) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return JSON.stringify(options.json);
  }
  if (options.form !== undefined) {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(options.form)) {
      if (value !== undefined) form.append(name, String(value));
    }
    return form;
  }
  if (options.multipart !== undefined) {
    // A hand-set multipart content-type lacks the boundary fetch generates.
    headers.delete('content-type');
    return options.multipart;
  }
  return options.body;
}
