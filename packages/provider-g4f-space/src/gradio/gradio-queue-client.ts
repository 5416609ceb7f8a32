import { createSilentLogger, type HttpClient, joinUrl, type Logger, ResponseError } from '@g4f-kit/core';
import type { z } from 'zod';
import { type ZeroGpuCredentials, zeroGpuHeaders } from '../zerogpu/zero-gpu-credentials.js';
import type { GradioEvent } from './gradio-event.js';
import { type GradioFileData, toGradioFileData } from './gradio-file-data.js';
import { GradioMessageReader } from './gradio-message-reader.js';
import { joinResponseSchema, uploadResponseSchema } from './gradio-message-schema.js';
import { parseGradioMessages } from './parse-gradio-messages.js';
import { refineSpaceError } from './space-error.js';

/** Per call: cancellation, proxy and time limits, and a label for errors. */
export interface GradioRequestOptions {
  signal?: AbortSignal | undefined;
  proxy?: string | undefined;
  /** Time limit of each request (for the event stream: until its headers). */
  requestTimeoutMs?: number | undefined;
  /** Longest silence on the event stream. */
  idleTimeoutMs?: number | undefined;
  /** What the call is for, e.g. "FluxDev"; prefixes error messages. */
  operation?: string | undefined;
}

/** One queued function call. */
export interface GradioJoinRequest {
  /** The Space's base URL (may carry a path prefix). */
  spaceUrl: string;
  fnIndex: number;
  triggerId: number;
  /** The function's positional inputs. */
  data: readonly unknown[];
  sessionHash: string;
  credentials: ZeroGpuCredentials;
  /** Sent as `referer` on the join and on the event stream. */
  referer: string;
  /** Extra join headers, e.g. `accept: application/json`. */
  headers?: Readonly<Record<string, string>>;
}

/** A file to upload as a function input. */
export interface GradioUpload {
  bytes: Uint8Array;
  name: string | null;
  mimeType: string | null;
}

/** The event stream of one call. */
export interface GradioStreamTarget {
  spaceUrl: string;
  sessionHash: string;
  /** Messages of other calls in the same session are skipped. */
  eventId: string;
  referer: string;
}

/**
 * Gradio's queue protocol on the project's HttpClient, shared by every Space
 * provider: join (`/gradio_api/queue/join`), the session's event stream
 * (`/gradio_api/queue/data`), uploads, and the legacy `/run/predict`.
 *
 * The event stream is turned into {@link GradioEvent}s: streamed output diffs
 * are applied so `generating` always carries the whole output so far; a
 * failure (a failed `process_completed`, `unexpected_error`, the stream
 * closing or ending without a result) is thrown as a typed error, the ZeroGPU
 * quota as RateLimitError; a line that is not JSON is skipped with a debug
 * log. Reading stops after `process_completed`, cancelling the stream.
 */
export class GradioQueueClient {
  constructor(
    private readonly http: HttpClient,
    private readonly logger: Logger = createSilentLogger(),
  ) {}

  /** Joins the queue and streams the call's events until its result. */
  async *submit(request: GradioJoinRequest, options: GradioRequestOptions = {}): AsyncGenerator<GradioEvent> {
    const eventId = await this.join(request, options);
    yield* this.events(
      { spaceUrl: request.spaceUrl, sessionHash: request.sessionHash, eventId, referer: request.referer },
      options,
    );
  }

  /** POST `{space}/gradio_api/queue/join?__theme=light`; resolves with the call's `event_id`. */
  async join(request: GradioJoinRequest, options: GradioRequestOptions = {}): Promise<string> {
    const operation = `${options.operation ?? 'Gradio'} queue join`;
    try {
      const answer = await this.http.json(joinUrl(request.spaceUrl, 'gradio_api/queue/join'), joinResponseSchema, {
        ...transport(options),
        query: { __theme: 'light' },
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          ...zeroGpuHeaders(request.credentials),
          referer: request.referer,
        },
        json: {
          data: request.data,
          event_data: null,
          fn_index: request.fnIndex,
          trigger_id: request.triggerId,
          session_hash: request.sessionHash,
        },
        operation,
      });
      return answer.event_id;
    } catch (error) {
      throw refineSpaceError(error, operation);
    }
  }

  /** POST `{space}/gradio_api/upload?upload_id=…` (multipart `files`); the file as an input FileData. */
  async upload(
    spaceUrl: string,
    uploadId: string,
    file: GradioUpload,
    options: GradioRequestOptions = {},
  ): Promise<GradioFileData> {
    const operation = `${options.operation ?? 'Gradio'} upload`;
    const form = new FormData();
    const blob = new Blob([file.bytes], file.mimeType ? { type: file.mimeType } : {});
    form.append('files', blob, file.name ?? 'file');
    try {
      const [path] = await this.http.json(joinUrl(spaceUrl, 'gradio_api/upload'), uploadResponseSchema, {
        ...transport(options),
        query: { upload_id: uploadId },
        multipart: form,
        operation,
      });
      return toGradioFileData(spaceUrl, path as string, {
        name: file.name,
        size: file.bytes.byteLength,
        mimeType: file.mimeType,
      });
    } catch (error) {
      throw refineSpaceError(error, operation);
    }
  }

  /** The legacy, queue-less POST (e.g. `{space}/run/predict`): one JSON answer. */
  async predict<T>(
    url: string,
    body: unknown,
    schema: z.ZodType<T>,
    headers: Readonly<Record<string, string>>,
    options: GradioRequestOptions = {},
  ): Promise<T> {
    const operation = `${options.operation ?? 'Gradio'} predict`;
    try {
      return await this.http.json(url, schema, { ...transport(options), headers, json: body, operation });
    } catch (error) {
      throw refineSpaceError(error, operation);
    }
  }

  /** GET `{space}/gradio_api/queue/data?session_hash=…`: the call's events, until its result. */
  async *events(target: GradioStreamTarget, options: GradioRequestOptions = {}): AsyncGenerator<GradioEvent> {
    const operation = `${options.operation ?? 'Gradio'} queue`;
    const url = joinUrl(target.spaceUrl, 'gradio_api/queue/data');
    const stream = this.http.sse(url, {
      ...transport(options),
      query: { session_hash: target.sessionHash },
      headers: { 'content-type': 'application/json', referer: target.referer },
      ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
      operation,
    });
    const reader = new GradioMessageReader({ operation, url, logger: this.logger });
    const skip = (line: string) =>
      this.logger.debug({ operation, line: line.slice(0, 200) }, 'Skipping a malformed Gradio event line');
    for await (const { data } of stream) {
      for (const message of parseGradioMessages(data, skip)) {
        if (typeof message.event_id === 'string' && message.event_id !== target.eventId) {
          this.logger.debug({ operation, msg: message.msg }, 'Skipping a message of another call in the session');
          continue;
        }
        const event = reader.read(message);
        if (event === undefined) continue;
        yield event;
        // Leaving the loop cancels the stream: nothing after the result is read.
        if (event.type === 'completed') return;
      }
    }
    throw new ResponseError(`${operation}: the event stream ended before the result (no process_completed)`, { url });
  }
}

function transport(options: GradioRequestOptions) {
  return {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.proxy === undefined ? {} : { proxy: options.proxy }),
    ...(options.requestTimeoutMs === undefined ? {} : { timeoutMs: options.requestTimeoutMs }),
  };
}
