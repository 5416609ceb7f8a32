import { HttpResponse } from 'msw';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AbortError } from '../errors/abort-error.js';
import { CloudflareError } from '../errors/cloudflare-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { G4FError } from '../errors/g4f-error.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { MissingAuthError } from '../errors/missing-auth-error.js';
import { PaymentRequiredError } from '../errors/payment-required-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseError } from '../errors/response-error.js';
import { ResponseStatusError } from '../errors/response-status-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { useTestServer } from '../testing/use-test-server.js';
import { HttpClient } from './http-client.js';
import type { SseEvent } from './sse-event.js';

const API = 'https://api.test';

// Created before msw starts listening: the client must still look fetch up per call.
const client = new HttpClient({ requestTimeoutMs: 5000 });

const server = useTestServer({
  [`GET ${API}/image`]: { type: 'json', body: { data: [{ url: 'https://cdn.test/1.png' }] } },
  [`POST ${API}/echo`]: { type: 'json', body: { ok: true } },
  [`GET ${API}/text`]: { type: 'text', body: 'héllo' },
  [`GET ${API}/bytes`]: { type: 'binary', body: new Uint8Array([137, 80, 78, 71]) },
  [`GET ${API}/hang`]: { type: 'hang' },
  [`GET ${API}/events`]: {
    type: 'sse',
    chunks: ['event: progress\ndata: {"p":0.5}\n\n', 'data: line one\ndata: line two\n\n'],
  },
});

/** The rejection of `promise`, failing the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

/** A body that sends `text` and then stays open, recording whether it was cancelled. */
function openStream(text: string): { stream: ReadableStream<Uint8Array>; cancelled(): boolean } {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

function eventStreamResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
}

async function collect(events: AsyncIterable<SseEvent>): Promise<SseEvent[]> {
  const collected: SseEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
}

const imageSchema = z.object({ data: z.array(z.object({ url: z.string() })) });

describe('HttpClient.json', () => {
  it('returns the validated body', async () => {
    await expect(client.json(`${API}/image`, imageSchema)).resolves.toEqual({
      data: [{ url: 'https://cdn.test/1.png' }],
    });
  });

  it('rejects a body of the wrong shape with a ResponseError naming the operation and the first bad field', async () => {
    server.use({ [`GET ${API}/image`]: { type: 'json', body: { data: [{ url: 42 }] } } });
    const error = await rejectionOf(client.json(`${API}/image?key=SECRET`, imageSchema, { operation: 'ARTA status' }));
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^ARTA status: Unexpected response from https:\/\/api\.test\/image: data\.0\.url: /);
    expect(error.message).not.toContain('SECRET');
    expect((error as ResponseError).isRetryable).toBe(false);
  });

  it('rejects a body that is not JSON with a ResponseError quoting a truncated excerpt', async () => {
    const page = `<!doctype html><html>${'x'.repeat(5000)}</html>`;
    server.use({ [`GET ${API}/image`]: { type: 'text', body: page } });
    const error = await rejectionOf(client.json(`${API}/image`, imageSchema, { operation: 'Lookup' }));
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^Lookup: Invalid JSON from https:\/\/api\.test\/image: <!doctype html>/);
    expect(error.message.length).toBeLessThan(400);
  });

  it('says so when the body is empty', async () => {
    server.use({ [`GET ${API}/image`]: { type: 'text', body: '' } });
    expect((await rejectionOf(client.json(`${API}/image`, imageSchema))).message).toContain('(empty body)');
  });
});

describe('HttpClient error mapping', () => {
  it.each([
    [401, MissingAuthError],
    [402, PaymentRequiredError],
  ])('maps HTTP %i to its error type', async (status, errorClass) => {
    server.use({ [`GET ${API}/image`]: { type: 'error', status, body: '{"error":{"message":"denied"}}' } });
    const error = await rejectionOf(client.text(`${API}/image`));
    expect(errorClass.isInstance(error)).toBe(true);
    expect(error.message).toBe(`HTTP ${status}: denied`);
  });

  it('maps 429 to RateLimitError with the Retry-After in milliseconds', async () => {
    server.use({ [`GET ${API}/image`]: { type: 'error', status: 429, headers: { 'retry-after': '3' } } });
    const error = await rejectionOf(client.text(`${API}/image`));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(3000);
    expect((error as RateLimitError).isRetryable).toBe(true);
  });

  it('recognises a Cloudflare challenge page on 403', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body class="cf-chl-x"></body></html>';
    server.use({ [`GET ${API}/image`]: { type: 'error', status: 403, body: page } });
    const error = await rejectionOf(client.text(`${API}/image`, { operation: 'Login' }));
    expect(CloudflareError.isInstance(error)).toBe(true);
    expect(error.message).toBe('Login: HTTP 403: blocked by a Cloudflare challenge');
  });

  it('maps 500 to a retryable ResponseStatusError with a truncated body', async () => {
    server.use({ [`GET ${API}/image`]: { type: 'error', status: 500, body: 'E'.repeat(3000) } });
    const error = (await rejectionOf(client.text(`${API}/image?key=SECRET`))) as ResponseStatusError;
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect(error.status).toBe(500);
    expect(error.isRetryable).toBe(true);
    expect(error.body?.length).toBeLessThan(600);
    expect(error.url).toBe(`${API}/image`);
  });

  it("uses a JSON body's error.message as the message", async () => {
    server.use({
      [`GET ${API}/image`]: { type: 'error', status: 400, body: '{"error":{"message":"prompt too long"}}' },
    });
    const error = await rejectionOf(client.text(`${API}/image`, { operation: 'Generate' }));
    expect(error.message).toBe('Generate: HTTP 400: prompt too long');
    expect((error as ResponseStatusError).isRetryable).toBe(false);
  });

  it('never puts a query string in an error message or URL', async () => {
    server.use({
      [`GET ${API}/image`]: [
        { type: 'error', status: 500, body: 'boom' },
        () => HttpResponse.error(),
        { type: 'hang' },
      ],
    });
    const options = { query: { token: 'SECRET-TWO' }, timeoutMs: 50 };
    const errors = [
      await rejectionOf(client.text(`${API}/image?key=SECRET-ONE`, options)),
      await rejectionOf(client.text(`${API}/image?key=SECRET-ONE`, options)),
      await rejectionOf(client.text(`${API}/image?key=SECRET-ONE`, options)),
    ];
    expect(errors.map((error) => error.name)).toEqual(['ResponseStatusError', 'ConnectionError', 'TimeoutError']);
    for (const error of errors) {
      expect(error.message).not.toMatch(/SECRET/);
      expect(JSON.stringify({ ...error })).not.toMatch(/SECRET/);
    }
    // The secrets did reach the server: only messages leave them out.
    expect(server.calls[0]?.url.searchParams.get('key')).toBe('SECRET-ONE');
    expect(server.calls[0]?.url.searchParams.get('token')).toBe('SECRET-TWO');
  });

  it('returns an error response as is when throwOnError is false', async () => {
    server.use({ [`GET ${API}/image`]: { type: 'error', status: 404, body: 'missing' } });
    const response = await client.request(`${API}/image`, { throwOnError: false });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('missing');
  });

  it('turns a network error into a retryable ConnectionError', async () => {
    server.use({ [`GET ${API}/image`]: () => HttpResponse.error() });
    const error = (await rejectionOf(client.text(`${API}/image`, { operation: 'Probe' }))) as ConnectionError;
    expect(ConnectionError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/^Probe: Connection to https:\/\/api\.test\/image failed/);
  });
});

describe('HttpClient request bodies and headers', () => {
  it('sends json with its content-type and defaults to POST', async () => {
    await client.json(`${API}/echo`, z.object({ ok: z.boolean() }), { json: { prompt: 'a cat', n: 2 } });
    const [call] = server.calls;
    expect(call?.method).toBe('POST');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(call?.json()).toEqual({ prompt: 'a cat', n: 2 });
  });

  it('sends a urlencoded form', async () => {
    await client.text(`${API}/echo`, { form: { grant_type: 'refresh_token', expires: 3600, skipped: undefined } });
    const [call] = server.calls;
    expect(call?.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(call?.form().get('grant_type')).toBe('refresh_token');
    expect(call?.form().get('expires')).toBe('3600');
    expect(call?.form().has('skipped')).toBe(false);
  });

  it('sends multipart form data with a boundary', async () => {
    const form = new FormData();
    form.append('prompt', 'a fox');
    form.append('image', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'fox.png');
    await client.text(`${API}/echo`, { multipart: form });
    const [call] = server.calls;
    expect(call?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const received = await call?.formData();
    expect(received?.get('prompt')).toBe('a fox');
    const image = received?.get('image');
    expect(image).toBeInstanceOf(File);
    expect(new Uint8Array(await (image as File).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('sends headers, drops undefined ones and sets the user agent', async () => {
    await client.text(`${API}/text`, { headers: { 'x-api-key': 'k', authorization: undefined } });
    const [call] = server.calls;
    expect(call?.headers.get('x-api-key')).toBe('k');
    expect(call?.headers.has('authorization')).toBe(false);
    expect(call?.headers.get('user-agent')).toBe('g4f-kit/0.1');
  });

  it('uses the configured user agent', async () => {
    await new HttpClient({ userAgent: 'custom/2' }).text(`${API}/text`);
    expect(server.calls[0]?.headers.get('user-agent')).toBe('custom/2');
  });

  it('reads text as UTF-8 and bytes as they are', async () => {
    await expect(client.text(`${API}/text`)).resolves.toBe('héllo');
    await expect(client.bytes(`${API}/bytes`)).resolves.toEqual(new Uint8Array([137, 80, 78, 71]));
  });

  it('passes the dispatcher to an injected fetch', async () => {
    const injected = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    await new HttpClient({ fetch: injected }).text(`${API}/text`);
    expect(injected).toHaveBeenCalledTimes(1);
    const init = injected.mock.calls[0]?.[1] as RequestInit & { dispatcher?: unknown };
    expect(init.dispatcher).toBeDefined();
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('still reaches msw when a proxy is set (msw answers before any dispatcher is used)', async () => {
    const proxied = new HttpClient();
    await expect(proxied.text(`${API}/text`, { proxy: 'http://127.0.0.1:9' })).resolves.toBe('héllo');
    await proxied.close();
  });

  it('validates options before sending anything', async () => {
    const error = await rejectionOf(client.text(`${API}/text`, { json: {}, body: 'x' }));
    expect(InvalidOptionsError.isInstance(error)).toBe(true);
    expect(server.calls).toHaveLength(0);
    expect(() => new HttpClient({ connections: 0 })).toThrow(/connections/);
    expect(() => new HttpClient({ streamConnections: 1.5 })).toThrow(/streamConnections/);
  });
});

describe('HttpClient time limits and aborts', () => {
  it('rejects with TimeoutError phase request when no answer comes in time', async () => {
    const error = (await rejectionOf(client.text(`${API}/hang?key=SECRET`, { timeoutMs: 50 }))) as TimeoutError;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error.phase).toBe('request');
    expect(error.timeoutMs).toBe(50);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toBe('No complete response from https://api.test/hang within 50 ms');
  });

  it('rejects with AbortError, not TimeoutError, when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await rejectionOf(client.text(`${API}/hang`, { signal: controller.signal, timeoutMs: 10_000 }));
    expect(AbortError.isInstance(error)).toBe(true);
    expect(TimeoutError.isInstance(error)).toBe(false);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await rejectionOf(client.text(`${API}/text`, { signal: AbortSignal.abort() }));
    expect(AbortError.isInstance(error)).toBe(true);
    expect(server.calls).toHaveLength(0);
  });

  it("surfaces a deadline's TimeoutError given as the signal's reason", async () => {
    const controller = new AbortController();
    const deadline = new TimeoutError('Generation did not finish within 0.03s', { timeoutMs: 30, phase: 'deadline' });
    setTimeout(() => controller.abort(deadline), 30);
    await expect(client.text(`${API}/hang`, { signal: controller.signal })).rejects.toBe(deadline);
  });

  it('bounds the body read for text() by the time limit too', async () => {
    server.use({
      [`GET ${API}/text`]: () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('partial'));
            },
          }),
        ),
    });
    const error = (await rejectionOf(client.text(`${API}/text`, { timeoutMs: 80 }))) as TimeoutError;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error.phase).toBe('request');
  });
});

describe('HttpClient retries', () => {
  it('retries a 503 and succeeds on the second call', async () => {
    server.use({
      [`GET ${API}/text`]: [
        { type: 'error', status: 503 },
        { type: 'text', body: 'recovered' },
      ],
    });
    await expect(client.text(`${API}/text`, { retry: { initialDelayMs: 1 } })).resolves.toBe('recovered');
    expect(server.callsTo(`GET ${API}/text`)).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    server.use({ [`GET ${API}/text`]: [() => HttpResponse.error(), { type: 'text', body: 'back' }] });
    await expect(client.text(`${API}/text`, { retry: { initialDelayMs: 1 } })).resolves.toBe('back');
  });

  it('waits for the Retry-After of a 429 before retrying', async () => {
    server.use({
      [`GET ${API}/text`]: [
        { type: 'error', status: 429, headers: { 'retry-after-ms': '150' } },
        { type: 'text', body: 'ok' },
      ],
    });
    const delays: number[] = [];
    const started = performance.now();
    await client.text(`${API}/text`, {
      retry: { initialDelayMs: 1, jitter: 0, onRetry: ({ delayMs }) => delays.push(delayMs) },
    });
    expect(delays).toEqual([150]);
    // Timers may fire a hair early against performance.now(); the tolerance is not the point.
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.callsTo(`GET ${API}/text`)).toHaveLength(2);
  });

  it('stops quietly during the backoff when the caller aborts, without another call', async () => {
    server.use({ [`GET ${API}/text`]: { type: 'error', status: 503 } });
    const controller = new AbortController();
    const started = performance.now();
    const error = await rejectionOf(
      client.text(`${API}/text`, {
        signal: controller.signal,
        retry: { initialDelayMs: 30_000, onRetry: () => setTimeout(() => controller.abort(), 20) },
      }),
    );
    expect(AbortError.isInstance(error)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(server.callsTo(`GET ${API}/text`)).toHaveLength(1);
  });

  it('does not retry a 400', async () => {
    server.use({ [`GET ${API}/text`]: { type: 'error', status: 400, body: 'bad prompt' } });
    const error = await rejectionOf(client.text(`${API}/text`, { retry: { initialDelayMs: 1 } }));
    expect((error as ResponseStatusError).status).toBe(400);
    expect(server.callsTo(`GET ${API}/text`)).toHaveLength(1);
  });

  it('rethrows the typed error once the retries are used up', async () => {
    server.use({ [`GET ${API}/text`]: { type: 'error', status: 503, body: 'still busy' } });
    const error = await rejectionOf(client.text(`${API}/text`, { retry: { maxRetries: 2, initialDelayMs: 1 } }));
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect((error as ResponseStatusError).status).toBe(503);
    expect(server.callsTo(`GET ${API}/text`)).toHaveLength(3);
  });

  it('does not retry unless asked to', async () => {
    server.use({ [`GET ${API}/text`]: { type: 'error', status: 503 } });
    await rejectionOf(client.text(`${API}/text`));
    expect(server.callsTo(`GET ${API}/text`)).toHaveLength(1);
  });
});

describe('HttpClient.sse', () => {
  it('GETs the stream with accept: text/event-stream and yields its events', async () => {
    const events = await collect(client.sse(`${API}/events`));
    expect(events).toEqual([{ event: 'progress', data: '{"p":0.5}' }, { data: 'line one\nline two' }]);
    const [call] = server.calls;
    expect(call?.method).toBe('GET');
    expect(call?.headers.get('accept')).toBe('text/event-stream');
  });

  it('POSTs when given a body', async () => {
    server.use({ [`POST ${API}/events`]: { type: 'sse', chunks: ['data: posted\n\n'] } });
    expect(await collect(client.sse(`${API}/events`, { json: { fn_index: 0 } }))).toEqual([{ data: 'posted' }]);
    expect(server.calls[0]?.json()).toEqual({ fn_index: 0 });
  });

  it('sends nothing until iteration starts', async () => {
    const events = client.sse(`${API}/events`);
    expect(server.calls).toHaveLength(0);
    await events.next();
    expect(server.calls).toHaveLength(1);
    await events.return();
  });

  it('maps an error status before any event', async () => {
    server.use({ [`GET ${API}/events`]: { type: 'error', status: 401, body: 'no token' } });
    const error = await rejectionOf(collect(client.sse(`${API}/events`)));
    expect(MissingAuthError.isInstance(error)).toBe(true);
  });

  // msw tees a mocked body, so a route's stream never learns of cancel(); an injected fetch shows it directly.
  it('times out with phase idle when the stream goes quiet, and cancels the body', async () => {
    const body = openStream('data: first\n\n');
    const quiet = new HttpClient({ fetch: async () => eventStreamResponse(body.stream) });
    const received: SseEvent[] = [];
    const error = (await rejectionOf(
      (async () => {
        for await (const event of quiet.sse(`${API}/events?key=SECRET`, { idleTimeoutMs: 100 })) received.push(event);
      })(),
    )) as TimeoutError;
    expect(received).toEqual([{ data: 'first' }]);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error.phase).toBe('idle');
    expect(error.timeoutMs).toBe(100);
    expect(error.message).toBe('The stream from https://api.test/events sent nothing for 100 ms');
    expect(body.cancelled()).toBe(true);
  });

  it('rejects with AbortError when the caller aborts mid-stream, and cancels the body', async () => {
    const body = openStream('data: first\n\n');
    const streaming = new HttpClient({ fetch: async () => eventStreamResponse(body.stream) });
    const controller = new AbortController();
    const events = streaming.sse(`${API}/events`, { signal: controller.signal });
    await expect(events.next()).resolves.toEqual({ done: false, value: { data: 'first' } });
    const pending = events.next();
    controller.abort();
    const error = await rejectionOf(pending);
    expect(AbortError.isInstance(error)).toBe(true);
    expect(body.cancelled()).toBe(true);
  });

  it('cancels the body when the consumer stops early', async () => {
    const body = openStream('data: 1\n\ndata: 2\n\n');
    const streaming = new HttpClient({ fetch: async () => eventStreamResponse(body.stream) });
    for await (const event of streaming.sse(`${API}/events`)) {
      expect(event.data).toBe('1');
      break;
    }
    expect(body.cancelled()).toBe(true);
  });

  it('times out with phase idle against a mocked route as well', async () => {
    server.use({ [`GET ${API}/events`]: () => eventStreamResponse(openStream('data: first\n\n').stream) });
    const error = (await rejectionOf(collect(client.sse(`${API}/events`, { idleTimeoutMs: 50 })))) as TimeoutError;
    expect(error.phase).toBe('idle');
  });

  it('does not apply the request time limit to a long stream', async () => {
    server.use({
      [`GET ${API}/events`]: { type: 'sse', chunks: ['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n'], delayMs: 40 },
    });
    const events = await collect(client.sse(`${API}/events`, { timeoutMs: 60, idleTimeoutMs: 1000 }));
    expect(events.map((event) => event.data)).toEqual(['1', '2', '3']);
  });

  it('retries opening the stream when asked to', async () => {
    server.use({
      [`GET ${API}/events`]: [
        { type: 'error', status: 502 },
        { type: 'sse', chunks: ['data: up\n\n'] },
      ],
    });
    expect(await collect(client.sse(`${API}/events`, { retry: { initialDelayMs: 1 } }))).toEqual([{ data: 'up' }]);
  });
});

describe('HttpClient logging and lifecycle', () => {
  it('logs method, URL without query, status and duration, but no headers or bodies', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
    const logged = new HttpClient({ logger });
    await logged.text(`${API}/text?key=SECRET`, { headers: { authorization: 'Bearer TOKEN-VALUE' } });
    server.use({ [`GET ${API}/text`]: { type: 'error', status: 500, body: 'BODY-CONTENT' } });
    await rejectionOf(logged.text(`${API}/text?key=SECRET`));
    expect(lines).toHaveLength(2);
    const [success, failure] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(success).toMatchObject({ level: 20, method: 'GET', url: `${API}/text`, status: 200 });
    expect(typeof success?.ms).toBe('number');
    expect(failure).toMatchObject({ method: 'GET', url: `${API}/text`, status: 500, error: 'ResponseStatusError' });
    const everything = lines.join('\n');
    for (const secret of ['SECRET', 'TOKEN-VALUE', 'BODY-CONTENT', 'héllo']) expect(everything).not.toContain(secret);
  });

  it('refuses requests after close()', async () => {
    const closing = new HttpClient();
    await closing.text(`${API}/text`);
    await closing.close();
    const error = await rejectionOf(closing.text(`${API}/text`));
    expect(G4FError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/closed/);
  });
});
