import type { ExchangeRequest } from './dispatch-exchange.js';

/** Headers that describe a body, dropped with it when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
/** Credentials that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * The request a redirect asks for, by fetch's rules: 303 (and 301/302 after
 * a POST) becomes a body-less GET, 307/308 repeat the request as it was, and
 * credentials stay behind when the origin changes. Undefined when the
 * location is not an http(s) URL.
 */
export function redirectRequest(
  request: ExchangeRequest,
  status: number,
  location: string,
): ExchangeRequest | undefined {
  let url: URL;
  try {
    url = new URL(location, request.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const headers = { ...request.headers };
  let { method, body } = request;
  if (
    (status === 303 && method !== 'GET' && method !== 'HEAD') ||
    ((status === 301 || status === 302) && method === 'POST')
  ) {
    method = 'GET';
    body = undefined;
    for (const name of BODY_HEADERS) delete headers[name];
  }
  if (url.origin !== request.url.origin) {
    for (const name of CREDENTIAL_HEADERS) delete headers[name];
  }
  return { url, method, headers, body };
}
