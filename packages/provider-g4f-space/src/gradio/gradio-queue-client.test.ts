import { AbortError, ConnectionError, HttpClient, RateLimitError, ResponseError, TimeoutError } from '@g4f-kit/core';
import { captureLogs } from '@g4f-kit/core/testing';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { describe, expect, it } from 'vitest';
import { G4F_FLUX_DEV as SPACE } from '../__fixtures__/space-urls.js';
import { EVENT_ID, messages, transcript } from '../__fixtures__/transcripts.js';
import type { GradioEvent } from './gradio-event.js';
import { type GradioJoinRequest, GradioQueueClient } from './gradio-queue-client.js';

const server = useTestServer({
  [`POST ${SPACE}/gradio_api/queue/join`]: { type: 'json', body: { event_id: EVENT_ID } },
  [`GET ${SPACE}/gradio_api/queue/data`]: { type: 'sse', chunks: transcript('flux-dev-transcript.txt', SPACE) },
  [`POST ${SPACE}/gradio_api/upload`]: { type: 'json', body: ['/tmp/gradio/abc/fox.png'] },
});

const JOIN: GradioJoinRequest = {
  spaceUrl: SPACE,
  fnIndex: 2,
  triggerId: 4,
  data: ['a fox', 0, true, 1024, 1024, 3.5, 28],
  sessionHash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  credentials: { token: 'zerogpu-secret-token', uuid: 'uuid-1', anonymous: false, expiresAt: undefined },
  referer: `${SPACE}/?__theme=light`,
  headers: { accept: 'application/json' },
};

function client(http = new HttpClient()) {
  const logs = captureLogs();
  return { gradio: new GradioQueueClient(http, logs.logger), logs };
}

async function events(generator: AsyncIterable<GradioEvent>): Promise<GradioEvent[]> {
  const seen: GradioEvent[] = [];
  for await (const event of generator) seen.push(event);
  return seen;
}

async function failure(generator: AsyncIterable<GradioEvent>): Promise<{ seen: GradioEvent[]; error: Error }> {
  const seen: GradioEvent[] = [];
  try {
    for await (const event of generator) seen.push(event);
  } catch (error) {
    return { seen, error: error as Error };
  }
  throw new Error('expected the stream to fail');
}

/** Sends the chunks one per read, then stays open ('hang') or breaks as a reset connection does ('reset'). */
function stream(chunks: string[], then: 'hang' | 'reset'): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = chunks[index];
      index += 1;
      if (chunk !== undefined) return controller.enqueue(encoder.encode(chunk));
      if (then === 'hang') return new Promise<void>(() => {});
      // A little later, as a real reset is: erroring at once would drop chunks not yet read.
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.error(Object.assign(new TypeError('terminated'), { cause: { code: 'ECONNRESET' } }));
    },
  });
}

const eventStream = (body: ReadableStream<Uint8Array>) =>
  new Response(body, { headers: { 'content-type': 'text/event-stream' } });

describe('GradioQueueClient.join', () => {
  it('posts the exact body and headers, and returns the event id', async () => {
    const { gradio } = client();
    expect(await gradio.join(JOIN)).toBe(EVENT_ID);
    const [call] = server.callsTo(`POST ${SPACE}/gradio_api/queue/join`);
    expect(call?.url.search).toBe('?__theme=light');
    expect(call?.bodyText).toBe(
      JSON.stringify({
        data: ['a fox', 0, true, 1024, 1024, 3.5, 28],
        event_data: null,
        fn_index: 2,
        trigger_id: 4,
        session_hash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      }),
    );
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(call?.headers.get('accept')).toBe('application/json');
    expect(call?.headers.get('x-zerogpu-token')).toBe('zerogpu-secret-token');
    expect(call?.headers.get('x-zerogpu-uuid')).toBe('uuid-1');
    expect(call?.headers.get('referer')).toBe(`${SPACE}/?__theme=light`);
  });

  it('requires an event_id in the answer', async () => {
    server.use({ [`POST ${SPACE}/gradio_api/queue/join`]: { type: 'json', body: { queued: true } } });
    await expect(client().gradio.join(JOIN)).rejects.toSatisfy(
      (error: Error) => ResponseError.isInstance(error) && error.message.includes('event_id'),
    );
  });

  it('turns a quota answer (HTTP 500) into RateLimitError without the HTML tail or the token', async () => {
    server.use({
      [`POST ${SPACE}/gradio_api/queue/join`]: {
        type: 'error',
        status: 500,
        body: JSON.stringify({
          error: 'You have exceeded your GPU quota (60s requested vs. 2s left). <a href="x">Sign up</a>',
        }),
        headers: { 'content-type': 'application/json' },
      },
    });
    const error = await client()
      .gradio.join(JOIN, { operation: 'FluxDev' })
      .catch((caught: Error) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      'FluxDev queue join: HTTP 500: You have exceeded your GPU quota (60s requested vs. 2s left).',
    );
    expect((error as Error).message).not.toContain('zerogpu-secret-token');
  });
});

describe('GradioQueueClient.submit', () => {
  it('handles every message kind of a FLUX.1-dev transcript, applying output diffs', async () => {
    const { gradio } = client();
    const seen = await events(gradio.submit(JOIN));
    expect(seen.map((event) => event.type)).toEqual([
      'estimation',
      'estimation',
      'heartbeat',
      'process_starts',
      'log',
      'progress',
      'generating',
      'progress',
      'generating',
      'completed',
    ]);
    expect(seen[0]).toEqual({ type: 'estimation', rank: 1, queueSize: 2, etaSeconds: 22.4 });
    expect(seen[4]).toEqual({ type: 'log', log: 'ZeroGPU: acquiring an A100 slice', level: 'info' });
    expect(seen[5]).toMatchObject({ type: 'progress', units: [{ index: 7, length: 28, desc: 'Denoising' }] });
    const [first, second] = seen.filter((event) => event.type === 'generating');
    expect(first?.output[0]).toMatchObject({ url: `${SPACE}/gradio_api/file=/tmp/gradio/5b1f0c2e9a/image.webp` });
    expect(second?.output[0]).toMatchObject({
      path: '/tmp/gradio/8d3a7e6b41/image.webp',
      url: `${SPACE}/gradio_api/file=/tmp/gradio/8d3a7e6b41/image.webp`,
      orig_name: 'image.webp',
    });
    expect(second?.output[1]).toBe(1234567);
    const completed = seen.at(-1);
    expect(completed?.type).toBe('completed');
    expect(completed?.type === 'completed' && completed.output[0]).toMatchObject({
      path: '/tmp/gradio/c47e2a9f13/image.webp',
    });

    const [data] = server.callsTo(`GET ${SPACE}/gradio_api/queue/data`);
    expect(data?.url.searchParams.get('session_hash')).toBe(JOIN.sessionHash);
    expect(data?.headers.get('accept')).toBe('text/event-stream');
    expect(data?.headers.get('referer')).toBe(`${SPACE}/?__theme=light`);
  });

  it('throws a failed process_completed as ResponseError, cut before the HTML', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: {
        type: 'sse',
        chunks: messages(
          { msg: 'process_starts', eta: 1 },
          { msg: 'process_completed', success: false, output: { error: 'CUDA out of memory <a href="x">docs</a>' } },
        ),
      },
    });
    const { seen, error } = await failure(client().gradio.submit(JOIN, { operation: 'FluxDev' }));
    expect(seen.map((event) => event.type)).toEqual(['process_starts']);
    expect(ResponseError.isInstance(error) && !RateLimitError.isInstance(error)).toBe(true);
    expect(error.message).toBe('FluxDev queue: CUDA out of memory');
  });

  it('throws the ZeroGPU quota as RateLimitError', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: { type: 'sse', chunks: transcript('quota-error-transcript.txt', SPACE) },
    });
    const { error } = await failure(client().gradio.submit(JOIN));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).isRetryable).toBe(true);
    expect(error.message).toBe('Gradio queue: You have exceeded your GPU quota (60s requested vs. 56s left).');
  });

  it('throws unexpected_error, and a stream closed or ended before the result', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: [
        { type: 'sse', chunks: messages({ msg: 'unexpected_error', message: 'Worker crashed', success: false }) },
        { type: 'sse', chunks: messages({ msg: 'process_starts' }, { msg: 'close_stream', event_id: null }) },
        { type: 'sse', chunks: messages({ msg: 'process_starts' }) },
      ],
    });
    const unexpected = await failure(client().gradio.submit(JOIN));
    expect(ResponseError.isInstance(unexpected.error) && unexpected.error.message).toBe('Gradio queue: Worker crashed');
    const closed = await failure(client().gradio.submit(JOIN));
    expect(closed.error.message).toContain('closed the event stream before the result');
    const ended = await failure(client().gradio.submit(JOIN));
    expect(ResponseError.isInstance(ended.error)).toBe(true);
    expect(ended.error.message).toContain('no process_completed');
  });

  it('skips a malformed line with a debug log and carries on', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: {
        type: 'sse',
        chunks: [
          ...messages({ msg: 'process_starts' }),
          'data: {"msg": "process_generating", "output": {"data": [\n\n',
          'data: null\n\n',
          ...messages({ msg: 'process_completed', success: true, output: { data: ['done'] } }),
        ],
      },
    });
    const { gradio, logs } = client();
    const seen = await events(gradio.submit(JOIN));
    expect(seen).toEqual([
      { type: 'process_starts', etaSeconds: undefined },
      { type: 'completed', output: ['done'] },
    ]);
    const skipped = logs.records().filter((record) => record.msg === 'Skipping a malformed Gradio event line');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.level).toBe(20);
  });

  it('reads several JSON lines sent without blank lines between them', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: {
        type: 'sse',
        chunks: [
          `data: {"msg": "heartbeat"}\ndata: {"msg": "process_completed", "event_id": "${EVENT_ID}", "success": true, "output": {"data": [1]}}\n\n`,
        ],
      },
    });
    expect((await events(client().gradio.submit(JOIN))).map((event) => event.type)).toEqual(['heartbeat', 'completed']);
  });

  it('skips messages of another call in the same session', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: {
        type: 'sse',
        chunks: messages(
          { msg: 'process_completed', event_id: 'someone-else', success: true, output: { data: ['theirs'] } },
          { msg: 'process_completed', success: true, output: { data: ['ours'] } },
        ),
      },
    });
    expect(await events(client().gradio.submit(JOIN))).toEqual([{ type: 'completed', output: ['ours'] }]);
  });

  it('turns a connection reset mid-stream into a retryable ConnectionError', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: () => eventStream(stream(messages({ msg: 'process_starts' }), 'reset')),
    });
    const { seen, error } = await failure(client().gradio.submit(JOIN, { operation: 'FluxDev' }));
    expect(seen.map((event) => event.type)).toEqual(['process_starts']);
    expect(ConnectionError.isInstance(error)).toBe(true);
    expect((error as ConnectionError).isRetryable).toBe(true);
    expect(error.message).toMatch(/^FluxDev queue: Connection to .* broke while reading the response/);
  });

  it('ends a hung stream with TimeoutError, phase idle', async () => {
    server.use({
      [`GET ${SPACE}/gradio_api/queue/data`]: () => eventStream(stream(messages({ msg: 'process_starts' }), 'hang')),
    });
    const { seen, error } = await failure(client().gradio.submit(JOIN, { idleTimeoutMs: 60 }));
    expect(seen).toHaveLength(1);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).phase).toBe('idle');
  });

  it('stops reading when aborted mid-stream: the body is cancelled and nothing more is requested', async () => {
    let cancelled = false;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(messages({ msg: 'process_starts' })[0]));
      },
      pull() {
        pulls += 1;
      },
      cancel() {
        cancelled = true;
      },
    });
    const requested: string[] = [];
    // msw tees a mocked body, so its cancel() is only observable with the response handed over directly.
    const http = new HttpClient({
      fetch: async (input, init) => {
        const url = String(input);
        requested.push(url.split('?')[0] ?? url);
        return url.includes('/queue/data') ? eventStream(body) : fetch(input, init);
      },
    });
    const controller = new AbortController();
    const generator = client(http).gradio.submit(JOIN, { signal: controller.signal });
    expect((await generator.next()).value).toMatchObject({ type: 'process_starts' });
    const pending = generator.next();
    controller.abort();
    await expect(pending).rejects.toSatisfy((error) => AbortError.isInstance(error));
    const pullsAtAbort = pulls;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancelled).toBe(true);
    expect(pulls).toBe(pullsAtAbort);
    expect(requested).toEqual([`${SPACE}/gradio_api/queue/join`, `${SPACE}/gradio_api/queue/data`]);
  });
});

describe('GradioQueueClient.upload', () => {
  it('uploads one multipart "files" part under the session and wraps the path as FileData', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const file = await client().gradio.upload(SPACE, 'session-1', {
      bytes: png,
      name: 'fox.png',
      mimeType: 'image/png',
    });
    expect(file).toEqual({
      path: '/tmp/gradio/abc/fox.png',
      url: `${SPACE}/gradio_api/file=/tmp/gradio/abc/fox.png`,
      orig_name: 'fox.png',
      size: 11,
      mime_type: 'image/png',
      meta: { _type: 'gradio.FileData' },
    });
    const [call] = server.callsTo(`POST ${SPACE}/gradio_api/upload`);
    expect(call?.url.searchParams.get('upload_id')).toBe('session-1');
    const form = await call?.formData();
    const sent = form?.getAll('files') as File[];
    expect(sent).toHaveLength(1);
    expect(sent[0]?.name).toBe('fox.png');
    expect(new Uint8Array(await (sent[0] as File).arrayBuffer())).toEqual(png);
  });
});
