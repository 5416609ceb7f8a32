import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { readLines } from './read-lines.js';
import { readSseEvents, type SseEvent } from './read-sse-events.js';

const encoder = new TextEncoder();

interface TestStream {
  stream: ReadableStream<Uint8Array>;
  /** How many times the consumer cancelled the stream. */
  cancelCount(): number;
  /** Pushes more bytes into a stream left open. */
  push(text: string): void;
  fail(error: unknown): void;
}

/** A body that sends `chunks` and then either ends or stays open, recording cancel(). */
function testStream(chunks: Array<string | Uint8Array>, { keepOpen = false } = {}): TestStream {
  let cancels = 0;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      if (!keepOpen) controller.close();
    },
    cancel() {
      cancels += 1;
    },
  });
  return {
    stream,
    cancelCount: () => cancels,
    push: (text) => controller.enqueue(encoder.encode(text)),
    fail: (error) => controller.error(error),
  };
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of readSseEvents(stream)) events.push(event);
  return events;
}

describe('readSseEvents', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('parses event names, ids and data, dispatching on blank lines', async () => {
    const { stream } = testStream(['event: update\nid: 7\ndata: {"a":1}\n\n', 'data: plain\n\n']);
    expect(await collect(stream)).toEqual([
      { event: 'update', id: '7', data: '{"a":1}' },
      // The last event ID carries over to later events, as the spec says.
      { id: '7', data: 'plain' },
    ]);
  });

  it('joins multi-line data with LF', async () => {
    const { stream } = testStream(['data: first\ndata: second\ndata:\ndata: fourth\n\n']);
    expect(await collect(stream)).toEqual([{ data: 'first\nsecond\n\nfourth' }]);
  });

  it('accepts CRLF and CR line endings, also split across chunks', async () => {
    const { stream } = testStream(['event: a\r\ndata: 1\r', '\n\r\n', 'data: 2\r\rdata: 3\r\n\r\n']);
    expect(await collect(stream)).toEqual([{ event: 'a', data: '1' }, { data: '2' }, { data: '3' }]);
  });

  it('ignores comments (heartbeats) and unknown fields', async () => {
    const { stream } = testStream([': ping\n\n:another\nfoo: bar\ndata: x\n: inside\n\n']);
    expect(await collect(stream)).toEqual([{ data: 'x' }]);
  });

  it('strips exactly one space after the colon, and reads a field without a colon as empty', async () => {
    const { stream } = testStream(['data:  two spaces\n\ndata\n\n']);
    expect(await collect(stream)).toEqual([{ data: ' two spaces' }, { data: '' }]);
  });

  it('does not dispatch a block without data, and resets the event name after it', async () => {
    const { stream } = testStream(['event: lonely\n\ndata: after\n\n']);
    expect(await collect(stream)).toEqual([{ data: 'after' }]);
  });

  it('reports a numeric retry field with its event and ignores a non-numeric one', async () => {
    const { stream } = testStream(['retry: 3000\ndata: a\n\nretry: soon\ndata: b\n\n']);
    expect(await collect(stream)).toEqual([{ retry: 3000, data: 'a' }, { data: 'b' }]);
  });

  it('dispatches a final event that the stream ends without a blank line (Gradio does this)', async () => {
    const { stream } = testStream(['data: 1\n\n', 'event: complete\ndata: {"done":true}']);
    expect(await collect(stream)).toEqual([{ data: '1' }, { event: 'complete', data: '{"done":true}' }]);
  });

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = encoder.encode('data: héllo 🎨\n\n');
    const { stream } = testStream([bytes.slice(0, 8), bytes.slice(8, 15), bytes.slice(15)]);
    expect(await collect(stream)).toEqual([{ data: 'héllo 🎨' }]);
  });

  it('times out with phase idle when the stream stops sending, and cancels it', async () => {
    vi.useFakeTimers();
    const body = testStream(['data: first\n\n'], { keepOpen: true });
    const events: SseEvent[] = [];
    const reading = (async () => {
      for await (const event of readSseEvents(body.stream, { idleTimeoutMs: 5000, url: 'https://api.test/stream' })) {
        events.push(event);
      }
    })();
    const settled = expect(reading).rejects.toSatisfy(
      (error: unknown) =>
        TimeoutError.isInstance(error) &&
        error.phase === 'idle' &&
        error.timeoutMs === 5000 &&
        error.message.includes('https://api.test/stream'),
    );
    await vi.advanceTimersByTimeAsync(4999);
    expect(body.cancelCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(events).toEqual([{ data: 'first' }]);
    expect(body.cancelCount()).toBe(1);
  });

  it('restarts the idle limit on every chunk, heartbeats included', async () => {
    vi.useFakeTimers();
    const body = testStream([], { keepOpen: true });
    const iterator = readSseEvents(body.stream, { idleTimeoutMs: 1000 });
    const next = iterator.next();
    for (let beat = 0; beat < 5; beat += 1) {
      await vi.advanceTimersByTimeAsync(900);
      body.push(': heartbeat\n');
    }
    body.push('data: late\n\n');
    await expect(next).resolves.toEqual({ done: false, value: { data: 'late' } });
    await iterator.return();
  });

  it('rejects with AbortError when the signal aborts mid-stream, and cancels the body', async () => {
    const body = testStream(['data: first\n\n'], { keepOpen: true });
    const controller = new AbortController();
    const iterator = readSseEvents(body.stream, { signal: controller.signal });
    await expect(iterator.next()).resolves.toEqual({ done: false, value: { data: 'first' } });
    const pending = iterator.next();
    controller.abort();
    await expect(pending).rejects.toSatisfy(
      (error: unknown) => AbortError.isInstance(error) && !TimeoutError.isInstance(error),
    );
    expect(body.cancelCount()).toBe(1);
    // Nothing reads from the stream afterwards.
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('rejects at once with AbortError when the signal is already aborted', async () => {
    const body = testStream(['data: never read\n\n'], { keepOpen: true });
    await expect(readSseEvents(body.stream, { signal: AbortSignal.abort() }).next()).rejects.toSatisfy(
      (error: unknown) => AbortError.isInstance(error),
    );
    expect(body.cancelCount()).toBe(1);
  });

  it('turns a stream error mid-read into ConnectionError with the code', async () => {
    const body = testStream(['data: first\n\n'], { keepOpen: true });
    const iterator = readSseEvents(body.stream, { url: 'https://api.test/stream', operation: 'Gradio queue' });
    await iterator.next();
    const pending = iterator.next();
    body.fail(
      Object.assign(new TypeError('terminated'), {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      }),
    );
    const error = await pending.catch((caught: unknown) => caught);
    expect(ConnectionError.isInstance(error)).toBe(true);
    expect((error as ConnectionError).code).toBe('UND_ERR_SOCKET');
    expect((error as ConnectionError).isRetryable).toBe(true);
    expect((error as ConnectionError).message).toMatch(
      /^Gradio queue: .*https:\/\/api\.test\/stream.*other side closed/,
    );
  });

  it('cancels the body when the consumer leaves the loop early', async () => {
    const body = testStream(['data: 1\n\ndata: 2\n\n'], { keepOpen: true });
    for await (const event of readSseEvents(body.stream)) {
      expect(event.data).toBe('1');
      break;
    }
    expect(body.cancelCount()).toBe(1);
  });

  it('does not cancel a stream that ended normally', async () => {
    const body = testStream(['data: 1\n\n']);
    await collect(body.stream);
    expect(body.cancelCount()).toBe(0);
  });
});

describe('readLines', () => {
  it('yields every line of a body, including the last one without a line break', async () => {
    const { stream } = testStream(['one\r\ntw', 'o\nthree']);
    const lines: string[] = [];
    for await (const line of readLines(stream)) lines.push(line);
    expect(lines).toEqual(['one', 'two', 'three']);
  });
});
