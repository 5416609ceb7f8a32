import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error.js';

const DEFAULT_BODY_LIMIT = 32 * 1024 * 1024;

/**
 * One request and its response, with body readers and senders. When the
 * request drew a `malformed` fault, every sender breaks its body (truncated
 * JSON, HTML or bytes) while keeping status 200-style headers.
 */
export class HttpExchange {
  readonly url: URL;
  /** Aborts when the client goes away or the emulator shuts down. */
  readonly signal: AbortSignal;
  malformed = false;
  private readonly controller = new AbortController();

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    shutdown: AbortSignal,
  ) {
    this.url = new URL(req.url ?? '/', 'http://emulator.invalid');
    this.signal = this.controller.signal;
    const abort = (): void => this.controller.abort(new Error('Request ended'));
    if (shutdown.aborted) abort();
    shutdown.addEventListener('abort', abort, { once: true });
    res.once('close', () => {
      shutdown.removeEventListener('abort', abort);
      abort();
    });
  }

  get method(): string {
    return this.req.method ?? 'GET';
  }

  header(name: string): string | undefined {
    const value = this.req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  }

  async readBody(limit = DEFAULT_BODY_LIMIT): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.req) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limit) throw new HttpError(413, { detail: 'Request body too large' });
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  }

  /** Parses a JSON body; invalid JSON becomes `onInvalid()`'s error. */
  async readJson(onInvalid: () => HttpError): Promise<unknown> {
    const body = await this.readBody();
    try {
      return JSON.parse(body.toString('utf8'));
    } catch {
      throw onInvalid();
    }
  }

  /** Parses an urlencoded or multipart body with the platform's own parser. */
  async readForm(): Promise<FormData> {
    const body = await this.readBody();
    const contentType = this.header('content-type') ?? 'application/x-www-form-urlencoded';
    return new Response(body, { headers: { 'content-type': contentType } }).formData();
  }

  json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
    this.send(status, Buffer.from(JSON.stringify(body)), 'application/json', headers);
  }

  html(status: number, body: string): void {
    this.send(status, Buffer.from(body), 'text/html; charset=utf-8');
  }

  text(status: number, body: string, headers: Readonly<Record<string, string>> = {}): void {
    this.send(status, Buffer.from(body), 'text/plain; charset=utf-8', headers);
  }

  send(status: number, body: Buffer, contentType: string, headers: Readonly<Record<string, string>> = {}): void {
    if (this.res.headersSent || this.res.destroyed) return;
    const payload = this.malformed ? body.subarray(0, Math.max(1, Math.floor(body.length / 2))) : body;
    this.res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': String(payload.length) });
    this.res.end(payload);
  }

  /** Sends the headers of a `text/event-stream` response. */
  startEventStream(): void {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    this.res.flushHeaders();
  }

  /** Writes one `data: {json}` event. */
  writeEvent(message: unknown): void {
    this.writeRaw(`data: ${JSON.stringify(message)}\n\n`);
  }

  writeRaw(text: string): void {
    if (!this.res.destroyed && !this.res.writableEnded) this.res.write(text);
  }

  /** Destroys the socket, as a dropped connection would. */
  reset(): void {
    this.req.socket.destroy();
  }
}
