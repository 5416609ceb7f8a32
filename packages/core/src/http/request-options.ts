import type { RequestBody } from './fetch-with-dispatcher.js';
import type { RetryOptions } from './retry-with-backoff.js';

export interface RequestOptions {
  /** Default GET, or POST when a body option is given. */
  method?: string;
  /** An undefined value drops the header, so optional credentials can be spread in. */
  headers?: Record<string, string | undefined>;
  /** Appended to the URL's own query; undefined values are dropped. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Serialized as JSON with `content-type: application/json` unless one is given. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded; undefined values are dropped. */
  form?: Record<string, string | number | boolean | undefined>;
  /** Sent as multipart/form-data; fetch sets the content-type with its boundary. */
  multipart?: FormData;
  body?: RequestBody;
  /** The caller's signal; aborting it rejects with AbortError and is never retried. */
  signal?: AbortSignal;
  /**
   * This request's time limit, per attempt. Covers headers and body for
   * json/text/bytes and for `request()` (the limit stays armed while the
   * caller reads the body), only the headers for `sse()`.
   */
  timeoutMs?: number;
  /** An http(s) proxy URL; one ProxyAgent is kept per distinct URL. */
  proxy?: string;
  /** Default false: callers opt in. A streamed (ReadableStream) body cannot be sent twice. */
  retry?: RetryOptions | false;
  /** What the request is for, e.g. "ARTA sign-up"; prefixes error messages. */
  operation?: string;
  /** Default true: a status >= 400 rejects with the matching typed error. */
  throwOnError?: boolean;
}
