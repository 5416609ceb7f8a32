import type { Dispatcher } from 'undici';
import { ResponseError } from '../errors/response-error.js';
import { redirectRequest } from './redirect-request.js';

/** What `Dispatcher.dispatch` sends as it is; anything else (FormData, Blob, streams) goes through fetch. */
export type PlainBody = string | Uint8Array | undefined;

/** For messages: the URL without its query, and what the request is for. */
export interface ExchangeContext {
  url: string;
  operation?: string | undefined;
}

export interface ExchangeRequest {
  url: URL;
  method: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: PlainBody;
}

/** Response headers as undici parses them: lower-case names, repeated ones as arrays. */
export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** Where an exchange delivers the final response (the one after any redirects). */
export interface ExchangeSink {
  onResponse(status: number, headers: ResponseHeaders): void;
  onData(chunk: Buffer): void;
  onEnd(): void;
  /** A transport failure, or a redirect that cannot be followed. Never called after {@link DispatchExchange.abort}. */
  onError(error: unknown): void;
}

/** As many as fetch follows. */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NOT_ABORTED = Symbol('not aborted');

/**
 * One request through `Dispatcher.dispatch` with a handler of its own: no
 * WHATWG Request or Response, no Node stream for the body, no interceptor
 * chain. Redirects are followed as fetch follows them (see
 * {@link redirectRequest}), invisibly to the sink. Time limits and the
 * caller's signal belong to whoever drives the exchange: it calls
 * {@link abort}, after which the sink hears nothing more.
 */
export class DispatchExchange implements Dispatcher.DispatchHandler {
  readonly #dispatcher: Dispatcher;
  readonly #sink: ExchangeSink;
  #request: ExchangeRequest;
  #redirects = 0;
  #controller: Dispatcher.DispatchController | undefined;
  #abortReason: unknown = NOT_ABORTED;
  /** Set while the current response is a redirect being skipped. */
  #next: ExchangeRequest | undefined;

  readonly #context: ExchangeContext;

  constructor(dispatcher: Dispatcher, request: ExchangeRequest, sink: ExchangeSink, context: ExchangeContext) {
    this.#dispatcher = dispatcher;
    this.#request = request;
    this.#sink = sink;
    this.#context = context;
  }

  start(): void {
    const { url, method, headers, body } = this.#request;
    this.#controller = undefined;
    this.#dispatcher.dispatch(
      {
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: method as Dispatcher.HttpMethod,
        headers,
        body: body ?? null,
      },
      this,
    );
  }

  /** Stops the exchange, frees its socket, and silences the sink. Safe to call at any time, and more than once. */
  abort(reason: Error): void {
    if (this.#abortReason !== NOT_ABORTED) return;
    this.#abortReason = reason;
    // Not started yet (waiting for a socket): the request is dropped as soon as it starts.
    this.#controller?.abort(reason);
  }

  /** Stops reading from the socket until {@link resume}: the consumer is behind. */
  pause(): void {
    this.#controller?.pause();
  }

  resume(): void {
    this.#controller?.resume();
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#abortReason !== NOT_ABORTED) controller.abort(this.#abortReason as Error);
  }

  onResponseStart(_controller: Dispatcher.DispatchController, status: number, headers: ResponseHeaders): void {
    if (status < 200 || this.#abortReason !== NOT_ABORTED) return;
    const location = headers.location;
    if (REDIRECT_STATUSES.has(status) && typeof location === 'string') {
      if (this.#redirects >= MAX_REDIRECTS) {
        this.#fail(`gave up after ${MAX_REDIRECTS} redirects`, status);
        return;
      }
      const next = redirectRequest(this.#request, status, location);
      if (next === undefined) {
        this.#fail('redirected to a location that is not an http(s) URL', status);
        return;
      }
      // The redirect's own body is read to its end and dropped, so its socket stays reusable.
      this.#next = next;
      return;
    }
    this.#sink.onResponse(status, headers);
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#next === undefined && this.#abortReason === NOT_ABORTED) this.#sink.onData(chunk);
  }

  onResponseEnd(): void {
    if (this.#abortReason !== NOT_ABORTED) return;
    const next = this.#next;
    if (next === undefined) {
      this.#sink.onEnd();
      return;
    }
    this.#next = undefined;
    this.#redirects += 1;
    this.#request = next;
    this.start();
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.#abortReason === NOT_ABORTED) this.#sink.onError(error);
  }

  #fail(problem: string, status: number): void {
    const { url, operation } = this.#context;
    const prefix = operation ? `${operation}: ` : '';
    const error = new ResponseError(`${prefix}${url} ${problem} (last status ${status})`, { url });
    this.#sink.onError(error);
    this.abort(error);
  }
}
