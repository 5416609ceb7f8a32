import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from 'node:zlib';
import type { Dispatcher } from 'undici';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { contentCodings } from './decode-content.js';
import {
  DispatchExchange,
  type ExchangeContext,
  type ExchangeRequest,
  type ResponseHeaders,
} from './dispatch-exchange.js';
import { type AttemptLimits, guardAttempt } from './guard-attempt.js';
import { idleTimeoutError } from './read-body-chunks.js';
import type { SseEvent } from './sse-event.js';
import { SseStreamDecoder } from './sse-stream-decoder.js';
import { isTransportFailure, toConnectionError } from './to-connection-error.js';

export interface EventStreamLimits extends AttemptLimits, ExchangeContext {
  /** Longest silence from the upstream while the consumer keeps up; infinite: none. */
  idleTimeoutMs: number;
  /** Whether a status >= 400 is answered with its whole body instead of a stream. */
  bufferErrorStatus: boolean;
}

export type OpenedEventStream =
  | { status: number; headers: ResponseHeaders; events: AsyncGenerator<SseEvent, void, undefined> }
  /** A status >= 400 (when asked for), with the whole body for the error mapping. */
  | { status: number; headers: ResponseHeaders; errorBody: Uint8Array };

/** Events parsed ahead of the consumer before the socket is paused. */
const HIGH_WATER_MARK = 64;

/**
 * Opens a server-sent event stream through a {@link DispatchExchange}. The
 * promise settles with the final headers (the time limit covers only them);
 * events are then parsed as the bytes arrive, in the handler, and queued for
 * the consumer, so a message costs no stream, timer or listener of its own:
 * one idle timer is re-armed per chunk and one abort listener covers the
 * whole stream. The socket is paused while the consumer is behind.
 */
export function openEventStream(
  dispatcher: Dispatcher,
  request: ExchangeRequest,
  limits: EventStreamLimits,
): Promise<OpenedEventStream> {
  return new EventStreamReader(dispatcher, request, limits).opened;
}

class EventStreamReader {
  readonly opened: Promise<OpenedEventStream>;
  readonly #limits: EventStreamLimits;
  readonly #exchange: DispatchExchange;
  readonly #guard;
  #resolveOpen!: (opened: OpenedEventStream) => void;
  #rejectOpen!: (error: unknown) => void;
  #state: 'opening' | 'error-body' | 'open' | 'ended' | 'failed' = 'opening';
  #failure: unknown;
  /** The caller aborted: the consumer hears it at once, before any queued event. */
  #stopAtOnce = false;
  #status = 0;
  #headers: ResponseHeaders = {};
  readonly #errorChunks: Buffer[] = [];
  readonly #queue: SseEvent[] = [];
  #queueHead = 0;
  #paused = false;
  #waiter: (() => void) | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #decompressor: Gunzip | undefined;
  readonly #decoder = new SseStreamDecoder();

  constructor(dispatcher: Dispatcher, request: ExchangeRequest, limits: EventStreamLimits) {
    this.#limits = limits;
    this.opened = new Promise((resolve, reject) => {
      this.#resolveOpen = resolve;
      this.#rejectOpen = reject;
    });
    this.#exchange = new DispatchExchange(
      dispatcher,
      request,
      {
        onResponse: (status, headers) => this.#onResponse(status, headers),
        onData: (chunk) => this.#onData(chunk),
        onEnd: () => this.#onEnd(),
        onError: (error) => this.#onError(error),
      },
      limits,
    );
    this.#guard = guardAttempt(limits, (error) => {
      this.#stopAtOnce = true;
      this.#fail(error);
    });
    this.#exchange.start();
  }

  #onResponse(status: number, headers: ResponseHeaders): void {
    this.#status = status;
    this.#headers = headers;
    if (status >= 400 && this.#limits.bufferErrorStatus) {
      this.#state = 'error-body';
      return;
    }
    this.#state = 'open';
    this.#guard.clearTimer();
    this.#armIdleTimer();
    this.#decompressor = this.#createDecompressor(contentCodings(headers['content-encoding']));
    this.#resolveOpen({ status, headers, events: this.#events() });
  }

  #onData(chunk: Buffer): void {
    if (this.#state === 'error-body') {
      this.#errorChunks.push(chunk);
      return;
    }
    if (this.#state !== 'open') return;
    this.#idleTimer?.refresh();
    if (this.#decompressor) this.#decompressor.write(chunk);
    else this.#parse(chunk);
  }

  #onEnd(): void {
    if (this.#state === 'error-body') {
      this.#finish('ended');
      this.#resolveOpen({ status: this.#status, headers: this.#headers, errorBody: Buffer.concat(this.#errorChunks) });
      return;
    }
    if (this.#decompressor) this.#decompressor.end();
    else this.#endOfStream();
  }

  #onError(error: unknown): void {
    const { url, operation } = this.#limits;
    const whileReadingBody = this.#state !== 'opening';
    this.#fail(isTransportFailure(error) ? toConnectionError(error, { url, operation, whileReadingBody }) : error);
  }

  #parse(chunk: Uint8Array): void {
    this.#decoder.push(chunk, this.#queue);
    if (this.#queue.length - this.#queueHead >= HIGH_WATER_MARK && !this.#paused) {
      this.#paused = true;
      clearTimeout(this.#idleTimer);
      this.#exchange.pause();
    }
    this.#wake();
  }

  #endOfStream(): void {
    if (this.#state !== 'open') return;
    this.#decoder.end(this.#queue);
    this.#finish('ended');
  }

  #fail(error: unknown): void {
    if (this.#state === 'ended' || this.#state === 'failed') return;
    const opening = this.#state === 'opening' || this.#state === 'error-body';
    this.#failure = error;
    this.#finish('failed');
    this.#exchange.abort(error instanceof Error ? error : new Error(String(error)));
    if (opening) this.#rejectOpen(error);
  }

  #finish(state: 'ended' | 'failed'): void {
    this.#state = state;
    this.#guard.dispose();
    clearTimeout(this.#idleTimer);
    this.#decompressor?.removeAllListeners('data');
    this.#wake();
  }

  #wake(): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.();
  }

  #armIdleTimer(): void {
    const { idleTimeoutMs } = this.#limits;
    if (!Number.isFinite(idleTimeoutMs)) return;
    if (this.#idleTimer) {
      this.#idleTimer.refresh();
      return;
    }
    this.#idleTimer = setTimeout(() => this.#fail(idleTimeoutError(idleTimeoutMs, this.#limits)), idleTimeoutMs);
    this.#idleTimer.unref();
  }

  /**
   * A streaming decoder for one content coding fetch knows (gzip, deflate,
   * br); none for an unencoded body, or for codings it would leave alone
   * (several, or an unknown one), whose bytes are parsed as they come.
   */
  #createDecompressor(codings: string[]): Gunzip | undefined {
    const coding = codings.length === 1 ? codings[0] : undefined;
    const decompressor =
      coding === 'gzip' || coding === 'x-gzip'
        ? createGunzip()
        : coding === 'deflate'
          ? createInflate()
          : coding === 'br'
            ? createBrotliDecompress()
            : undefined;
    if (decompressor === undefined) return undefined;
    decompressor.on('data', (chunk: Buffer) => this.#parse(chunk));
    decompressor.on('end', () => this.#endOfStream());
    // zlib's errors carry codes such as Z_DATA_ERROR, which are not transport failures: named here.
    decompressor.on('error', (error) => {
      const { url, operation } = this.#limits;
      this.#fail(toConnectionError(error, { url, operation, whileReadingBody: true }));
    });
    return decompressor;
  }

  async *#events(): AsyncGenerator<SseEvent, void, undefined> {
    try {
      while (true) {
        if (this.#stopAtOnce) throw this.#failure;
        if (this.#queueHead < this.#queue.length) {
          const event = this.#queue[this.#queueHead] as SseEvent;
          this.#queueHead += 1;
          if (this.#queueHead === this.#queue.length) {
            this.#queue.length = 0;
            this.#queueHead = 0;
          }
          if (this.#paused && this.#queue.length - this.#queueHead < HIGH_WATER_MARK / 2 && this.#state === 'open') {
            this.#paused = false;
            this.#armIdleTimer();
            this.#exchange.resume();
          }
          yield event;
          continue;
        }
        if (this.#state === 'failed') throw this.#failure;
        if (this.#state === 'ended') return;
        await new Promise<void>((resolve) => {
          this.#waiter = resolve;
        });
      }
    } finally {
      if (this.#state === 'open') {
        const { operation } = this.#limits;
        this.#fail(toAbortError(undefined, operation));
      }
    }
  }
}
