import type { Logger } from 'pino';
import type { z } from 'zod';
import { InvalidOptionsError, type OptionIssue } from '../errors/invalid-options-error.js';
import { mapResponseToError } from '../errors/map-response-to-error.js';
import { ResponseError } from '../errors/response-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { type BuiltRequest, buildRequest, toFetchInit } from './build-request.js';
import { classifyRequestError } from './classify-request-error.js';
import { createTimeoutSignal } from './create-timeout-signal.js';
import type { PlainBody, ResponseHeaders } from './dispatch-exchange.js';
import { DispatcherPool } from './dispatcher-pool.js';
import { fetchWithDispatcher, type RequestBody } from './fetch-with-dispatcher.js';
import { isNodeFetch } from './is-node-fetch.js';
import { openEventStream } from './open-event-stream.js';
import { type ParseJsonContext, parseJsonResponse } from './parse-json-response.js';
import { readBodyBytes } from './read-body-bytes.js';
import { readSseEvents } from './read-sse-events.js';
import type { RequestOptions } from './request-options.js';
import { retryWithBackoff } from './retry-with-backoff.js';
import { sendBuffered } from './send-buffered.js';
import type { SseEvent } from './sse-event.js';

export type { RequestOptions } from './request-options.js';

export interface HttpClientOptions {
  /** Default: `globalThis.fetch`, looked up at call time so msw can replace it. */
  fetch?: typeof globalThis.fetch;
  /** Sockets per origin for ordinary requests (json, text, bytes, request). Default 64. */
  connections?: number;
  /**
   * Sockets per origin for event streams (`sse()`), a pool of their own: each
   * open stream holds a socket for as long as the upstream works, so behind
   * the request pool a stream could wait for a socket until its time limit
   * ran out. Default: no limit (the number of streams is the caller's).
   */
  streamConnections?: number;
  /** Default time limit of one request attempt. Default 60 000. */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive socket stays open; undici's default (4 s) when absent. */
  keepAliveTimeoutMs?: number;
  /** Default 'g4f-kit/0.1'. */
  userAgent?: string;
  /** Gets one debug line per attempt: method, URL without query, status, ms. Never headers or bodies. */
  logger?: Logger;
}

export interface SseRequestOptions extends RequestOptions {
  /**
   * Longest silence between two reads of the stream (comments and heartbeats
   * count). Default: the request time limit; `Infinity` waits forever.
   */
  idleTimeoutMs?: number;
}

/** Turns a whole body into the caller's value; the context names the request in errors. */
type DecodeBody<T> = (bytes: Uint8Array, context: ParseJsonContext) => T | Promise<T>;

/** How far an attempt's time limit reaches. */
type TimeoutScope =
  /** Until the headers (`sse()`: the stream itself is bounded by the idle limit). */
  | 'headers'
  /** Until the body has been read (`json()`, `text()`, `bytes()`). */
  | 'body'
  /** Left armed for the caller reading the raw Response. */
  | 'response';

/**
 * Node's own fetch, as it was when this module loaded. While `globalThis.fetch`
 * is still it (no msw, no other stand-in) and no `fetch` option was given,
 * json, text, bytes and sse go through `Dispatcher.dispatch` on the same
 * pools with a handler of their own (see DispatchExchange): on Node 20 that
 * costs a fraction of fetch's CPU per request (no WHATWG Request/Response,
 * no web or Node streams, no AbortSignal per attempt).
 */
const NODE_FETCH = globalThis.fetch;
/** False when a stand-in was installed before this module loaded (msw started in a test setup file). */
const NODE_FETCH_IS_NATIVE = isNodeFetch(NODE_FETCH);

const DEFAULT_CONNECTIONS = 64;
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const DEFAULT_USER_AGENT = 'g4f-kit/0.1';

/**
 * The one way g4f-kit talks HTTP: `globalThis.fetch` over a pooled keep-alive
 * undici Agent (or a cached ProxyAgent per proxy URL), with per-attempt time
 * limits, opt-in retries and typed errors. Messages and logs never contain
 * query strings, header values or bodies beyond a truncated excerpt.
 *
 * After {@link close}, every call rejects with a G4FError saying the client is
 * closed: silently reopening sockets would defeat a shutdown.
 */
export class HttpClient {
  readonly #fetch: typeof globalThis.fetch | undefined;
  readonly #dispatchers: DispatcherPool;
  readonly #requestTimeoutMs: number;
  readonly #userAgent: string;
  readonly #logger: Logger | undefined;

  constructor(options: HttpClientOptions = {}) {
    validateClientOptions(options);
    this.#fetch = options.fetch;
    this.#dispatchers = new DispatcherPool({
      connections: options.connections ?? DEFAULT_CONNECTIONS,
      streamConnections: options.streamConnections,
      keepAliveTimeoutMs: options.keepAliveTimeoutMs,
    });
    this.#requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.#userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.#logger = options.logger;
  }

  /** The raw Response, after the status check. The time limit stays armed while the body is read. */
  async request(url: string, options: RequestOptions = {}): Promise<Response> {
    const request = buildRequest(url, options, this.#userAgent);
    return this.#run(request, options, 'response', async (response) => response);
  }

  /** The body parsed as JSON and validated; a mismatch is a ResponseError naming the first bad field. */
  json<T>(url: string, schema: z.ZodType<T>, options: RequestOptions = {}): Promise<T> {
    return this.#runBody(url, options, (bytes, context) => parseJsonResponse(decoder.decode(bytes), schema, context));
  }

  text(url: string, options: RequestOptions = {}): Promise<string> {
    return this.#runBody(url, options, (bytes) => decoder.decode(bytes));
  }

  bytes(url: string, options: RequestOptions = {}): Promise<Uint8Array> {
    return this.#runBody(url, options, (bytes) => bytes);
  }

  /**
   * Server-sent events, GET by default. Nothing is sent until iteration
   * starts. `retry` covers only opening the stream; a stream that breaks
   * later rejects with ConnectionError. Leaving the loop early cancels the body.
   */
  async *sse(url: string, options: SseRequestOptions = {}): AsyncGenerator<SseEvent, void, undefined> {
    const { idleTimeoutMs, ...requestOptions } = options;
    if (idleTimeoutMs !== undefined && !(idleTimeoutMs > 0)) {
      throw new InvalidOptionsError([
        { field: 'idleTimeoutMs', message: `must be a positive number (got ${idleTimeoutMs})` },
      ]);
    }
    const headers = { accept: 'text/event-stream', ...options.headers };
    const streamIdleMs = idleTimeoutMs ?? options.timeoutMs ?? this.#requestTimeoutMs;
    const request = buildRequest(url, { ...requestOptions, headers }, this.#userAgent);
    const body = this.#usesNodeFetch() ? plainBody(request.body, request.headers) : false;
    if (body !== false) {
      yield* this.#streamDispatch(request, body, requestOptions, streamIdleMs);
      return;
    }
    const response = await this.#run(request, requestOptions, 'headers', async (answer) => answer);
    const context = { url: request.displayUrl, operation: options.operation };
    if (response.body === null) {
      const prefix = options.operation ? `${options.operation}: ` : '';
      throw new ResponseError(`${prefix}No event stream from ${context.url}: the response has no body`, context);
    }
    yield* readSseEvents(response.body, { ...context, signal: options.signal, idleTimeoutMs: streamIdleMs });
  }

  /** Whether requests may bypass fetch: no `fetch` option, and `globalThis.fetch` is still Node's own. */
  #usesNodeFetch(): boolean {
    return this.#fetch === undefined && NODE_FETCH_IS_NATIVE && globalThis.fetch === NODE_FETCH;
  }

  /**
   * `sse()` through `Dispatcher.dispatch` on the stream pool: the time limit
   * covers the headers, the caller's signal the whole stream, the idle limit
   * each silence; `retry` covers only opening it.
   */
  async *#streamDispatch(
    request: BuiltRequest,
    body: PlainBody,
    options: RequestOptions,
    idleTimeoutMs: number,
  ): AsyncGenerator<SseEvent, void, undefined> {
    const { retry } = options;
    const open = () => this.#openStreamDispatch(request, body, options, idleTimeoutMs);
    const events = retry
      ? await retryWithBackoff(open, { ...retry, signal: retry.signal ?? options.signal })
      : await open();
    yield* events;
  }

  async #openStreamDispatch(
    request: BuiltRequest,
    body: PlainBody,
    options: RequestOptions,
    idleTimeoutMs: number,
  ): Promise<AsyncGenerator<SseEvent, void, undefined>> {
    const { operation, signal } = options;
    const url = request.displayUrl;
    if (signal?.aborted) throw toAbortError(signal.reason, operation);
    const dispatcher = this.#dispatchers.dispatcherFor(options.proxy, 'stream');
    const timeoutMs = options.timeoutMs ?? this.#requestTimeoutMs;
    const started = performance.now();
    let status: number | undefined;
    try {
      const opened = await openEventStream(
        dispatcher,
        { url: request.url, method: request.method, headers: withDefaultHeaders(request.headers), body },
        {
          signal,
          timeoutMs,
          timeoutError: () => requestTimeoutError(url, timeoutMs, operation),
          idleTimeoutMs,
          url,
          operation,
          bufferErrorStatus: options.throwOnError !== false,
        },
      );
      status = opened.status;
      if ('errorBody' in opened) throw await mapResponseToError(toResponse(opened), { url, operation });
      this.#logger?.debug({ method: request.method, url, status, ms: elapsedMs(started) }, 'HTTP request');
      return opened.events;
    } catch (error) {
      this.#logger?.debug(
        { method: request.method, url, status, ms: elapsedMs(started), error: errorName(error) },
        'HTTP request failed',
      );
      throw error;
    }
  }

  /**
   * Waits for requests in flight (abort their signals to hurry it), then
   * closes the shared Agent and every cached ProxyAgent, releasing their sockets.
   */
  close(): Promise<void> {
    return this.#dispatchers.close();
  }

  /**
   * A request whose body is read whole, then decoded (inside the attempt, so
   * the time limit covers it and a failure is classified like the request's).
   */
  async #runBody<T>(url: string, options: RequestOptions, decode: DecodeBody<T>): Promise<T> {
    const request = buildRequest(url, options, this.#userAgent);
    const context = { url: request.displayUrl, operation: options.operation };
    const body = this.#usesNodeFetch() ? plainBody(request.body, request.headers) : false;
    const attempt =
      body === false
        ? () =>
            this.#attempt(request, options, 'body', (response, signal) =>
              readBodyBytes(response.body, { ...context, signal }).then((bytes) => decode(bytes, context)),
            )
        : () => this.#attemptDispatch(request, body, options, (bytes) => decode(bytes, context));
    const { retry } = options;
    return retry ? retryWithBackoff(attempt, { ...retry, signal: retry.signal ?? options.signal }) : attempt();
  }

  /** One attempt through `Dispatcher.dispatch`: the same limits, errors and log line as {@link #attempt}. */
  async #attemptDispatch<T>(
    request: BuiltRequest,
    body: PlainBody,
    options: RequestOptions,
    decode: (bytes: Uint8Array) => T | Promise<T>,
  ): Promise<T> {
    const { operation, signal } = options;
    const url = request.displayUrl;
    if (signal?.aborted) throw toAbortError(signal.reason, operation);
    const dispatcher = this.#dispatchers.dispatcherFor(options.proxy, 'request');
    const timeoutMs = options.timeoutMs ?? this.#requestTimeoutMs;
    const started = performance.now();
    let status: number | undefined;
    try {
      const answer = await sendBuffered(
        dispatcher,
        { url: request.url, method: request.method, headers: withDefaultHeaders(request.headers), body },
        { signal, timeoutMs, timeoutError: () => requestTimeoutError(url, timeoutMs, operation), url, operation },
      );
      status = answer.status;
      if (status >= 400 && options.throwOnError !== false) {
        throw await mapResponseToError(toResponse({ ...answer, errorBody: answer.body }), { url, operation });
      }
      const result = await decode(answer.body);
      this.#logger?.debug({ method: request.method, url, status, ms: elapsedMs(started) }, 'HTTP request');
      return result;
    } catch (error) {
      // A late abort wins, as on the fetch path: the caller asked for it.
      const classified = signal?.aborted ? toAbortError(signal.reason, operation) : error;
      this.#logger?.debug(
        { method: request.method, url, status, ms: elapsedMs(started), error: errorName(classified) },
        'HTTP request failed',
      );
      throw classified;
    }
  }

  #run<T>(
    request: BuiltRequest,
    options: RequestOptions,
    scope: TimeoutScope,
    consume: (response: Response, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const { retry } = options;
    if (!retry) return this.#attempt(request, options, scope, consume);
    return retryWithBackoff(() => this.#attempt(request, options, scope, consume), {
      ...retry,
      signal: retry.signal ?? options.signal,
    });
  }

  async #attempt<T>(
    request: BuiltRequest,
    options: RequestOptions,
    scope: TimeoutScope,
    consume: (response: Response, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const { operation, signal: callerSignal } = options;
    const url = request.displayUrl;
    if (callerSignal?.aborted) throw toAbortError(callerSignal?.reason, operation);
    const dispatcher = this.#dispatchers.dispatcherFor(options.proxy, scope === 'headers' ? 'stream' : 'request');
    const timeoutMs = options.timeoutMs ?? this.#requestTimeoutMs;
    const timeout = createTimeoutSignal(timeoutMs, () => requestTimeoutError(url, timeoutMs, operation));
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    const fetchFunction = this.#fetch ?? globalThis.fetch;
    const started = performance.now();
    let status: number | undefined;
    try {
      const init = { ...toFetchInit(request), signal };
      const response = await fetchWithDispatcher(fetchFunction, request.url.href, init, dispatcher);
      status = response.status;
      if (response.status >= 400 && options.throwOnError !== false) {
        throw await mapResponseToError(response, { url, operation });
      }
      if (scope === 'headers') timeout.clear();
      const result = await consume(response, signal);
      this.#logger?.debug({ method: request.method, url, status, ms: elapsedMs(started) }, 'HTTP request');
      return result;
    } catch (error) {
      const classified = classifyRequestError(error, { callerSignal, timeoutSignal: timeout.signal, url, operation });
      this.#logger?.debug(
        { method: request.method, url, status, ms: elapsedMs(started), error: errorName(classified) },
        'HTTP request failed',
      );
      throw classified;
    } finally {
      if (scope !== 'response') timeout.clear();
    }
  }
}

const decoder = new TextDecoder();

/**
 * The body as `Dispatcher.dispatch` sends it as fetch would (an urlencoded
 * form gets fetch's content-type), or `false` when it needs fetch's own
 * encoding (multipart, Blob, streams).
 */
function plainBody(body: RequestBody | undefined, headers: Record<string, string>): PlainBody | false {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof URLSearchParams) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    return body.toString();
  }
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return false;
}

/** What fetch adds when the caller did not: any type, and the codings decoded on arrival. */
function withDefaultHeaders(headers: Record<string, string>): Record<string, string> {
  headers.accept ??= '*/*';
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  return headers;
}

/** A buffered answer as a fetch Response, for the error mapping (which reads status, headers and body). */
function toResponse(answer: { status: number; headers: ResponseHeaders; errorBody: Uint8Array }): Response {
  const status = answer.status >= 200 && answer.status <= 599 ? answer.status : 500;
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // A header fetch would refuse is dropped, as fetch drops it.
      }
    }
  }
  const body = status === 204 || status === 304 ? null : answer.errorBody;
  return new Response(body, { status, headers });
}

function requestTimeoutError(url: string, timeoutMs: number, operation: string | undefined): TimeoutError {
  const prefix = operation ? `${operation}: ` : '';
  return new TimeoutError(`${prefix}No complete response from ${url} within ${timeoutMs} ms`, {
    timeoutMs,
    phase: 'request',
  });
}

function elapsedMs(started: number): number {
  return Math.round(performance.now() - started);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function validateClientOptions(options: HttpClientOptions): void {
  const issues: OptionIssue[] = [];
  const { connections, streamConnections, requestTimeoutMs, keepAliveTimeoutMs } = options;
  for (const [field, value] of [
    ['connections', connections],
    ['streamConnections', streamConnections],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      issues.push({ field, message: `must be a positive integer (got ${value})` });
    }
  }
  for (const [field, value] of [
    ['requestTimeoutMs', requestTimeoutMs],
    ['keepAliveTimeoutMs', keepAliveTimeoutMs],
  ] as const) {
    if (value !== undefined && !(value > 0))
      issues.push({ field, message: `must be a positive number (got ${value})` });
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
}
