import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { AbortError } from '@g4f-kit/core';
import { mockTextProvider } from '@g4f-kit/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { hangingProvider } from './__fixtures__/hanging-provider.js';
import { createTestRuntime, type TestRuntime } from './__fixtures__/test-runtime.js';
import { buildServer } from './build-server.js';
import { type StartedServer, startServer } from './start-server.js';

const messages = [{ role: 'user', content: 'Hi' }];

/** Sends a POST and destroys the socket as soon as `until` resolves; resolves with what was read. */
function postThenDisconnect(url: string, body: unknown, until: Promise<unknown>): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    const request = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (response) => {
        response.on('data', (chunk: Buffer) => (received += chunk.toString()));
        response.on('error', () => {});
      },
    );
    request.on('error', () => resolve(received));
    request.on('close', () => resolve(received));
    request.end(JSON.stringify(body));
    void until.then(() => setTimeout(() => request.destroy(), 20));
  });
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms)),
  ]);
}

describe('server lifecycle (real sockets)', () => {
  let test: TestRuntime | undefined;
  let started: StartedServer | undefined;
  afterEach(async () => {
    await started?.close();
    await test?.cleanup();
    started = undefined;
    test = undefined;
  });

  it.each([
    ['chat', '/v1/chat/completions', { messages }],
    ['streaming chat, before the first chunk', '/v1/chat/completions', { messages, stream: true }],
    ['images', '/v1/images/generations', { prompt: 'a cat', model: 'hang-image' }],
  ])('a client that disconnects aborts its provider call (%s)', async (_name, path, body) => {
    const hang = hangingProvider('Hanger');
    test = await createTestRuntime([hang.Provider]);
    started = await startServer({ runtime: test.runtime, host: '127.0.0.1', port: 0 });
    void postThenDisconnect(`${started.url}${path}`, body, hang.started);
    const reason = await within(hang.aborted, 3000, 'the provider abort');
    expect(AbortError.isInstance(reason)).toBe(true);
    expect((reason as Error).message).toBe('The client disconnected');
  });

  it('a client that disconnects mid-stream aborts the provider call', async () => {
    const hang = hangingProvider('Hanger', { firstChunk: 'Hel' });
    test = await createTestRuntime([hang.Provider]);
    started = await startServer({ runtime: test.runtime, host: '127.0.0.1', port: 0 });
    let sawFirstChunk!: () => void;
    const firstChunk = new Promise<void>((resolve) => (sawFirstChunk = resolve));
    const received = postThenDisconnect(`${started.url}/v1/chat/completions`, { messages, stream: true }, firstChunk);
    await hang.started;
    // The first chunk reaches the client before it hangs up.
    setTimeout(sawFirstChunk, 100);
    const reason = await within(hang.aborted, 3000, 'the provider abort');
    expect((reason as Error).message).toBe('The client disconnected');
    expect(await received).toContain('"content":"Hel"');
  });

  it('close() lets a call in flight finish, then stops', async () => {
    const hang = hangingProvider('Hanger');
    test = await createTestRuntime([hang.Provider]);
    started = await startServer({ runtime: test.runtime, host: '127.0.0.1', port: 0, shutdownGraceMs: 5000 });
    const url = started.url;
    const inFlight = fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages }),
    });
    await hang.started;
    const closing = started.close();
    setTimeout(() => hang.release(), 200);
    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { choices: Array<{ message: { content: string } }> };
    expect(body.choices[0]?.message.content).toBe('finished');
    await within(closing, 3000, 'close()');
    await expect(fetch(`${url}/v1/models`)).rejects.toThrow();
  });

  it('close() aborts calls still running when the grace period ends', async () => {
    const hang = hangingProvider('Hanger');
    test = await createTestRuntime([hang.Provider]);
    started = await startServer({ runtime: test.runtime, host: '127.0.0.1', port: 0, shutdownGraceMs: 150 });
    const inFlight = fetch(`${started.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages }),
    });
    await hang.started;
    const began = Date.now();
    await within(started.close(), 3000, 'close()');
    expect(Date.now() - began).toBeGreaterThanOrEqual(140);
    const reason = await hang.aborted;
    expect((reason as Error).message).toBe('The server is shutting down');
    const response = await inFlight;
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('request_aborted');
  });

  it('a request arriving while closing gets 503 in OpenAI’s error shape', async () => {
    const hang = hangingProvider('Hanger');
    test = await createTestRuntime([hang.Provider]);
    started = await startServer({ runtime: test.runtime, host: '127.0.0.1', port: 0, shutdownGraceMs: 5000 });
    const { port } = new URL(started.url);
    const inFlight = fetch(`${started.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages }),
    });
    await hang.started;
    // A request under way on its own connection (headers half sent) when close() begins.
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /v1/models HTTP/1.1\r\nHost: localhost\r\n');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const ended = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = started.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.write('\r\n');
    await within(ended, 3000, 'the late request’s answer');
    expect(answer).toMatch(/^HTTP\/1\.1 503/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain(
      '{"error":{"message":"The server is shutting down","type":"server_error","param":null,"code":"server_shutting_down"}}',
    );
    hang.release();
    expect((await inFlight).status).toBe(200);
    await closing;
  });

  it('close() closes the runtime it created, and only that one', async () => {
    test = await createTestRuntime([mockTextProvider('Talker')]);
    started = await startServer({ runtime: test.runtime, host: '127.0.0.1', port: 0 });
    await started.close();
    started = undefined;
    // The runtime given by the caller is still usable.
    const again = await test.runtime.client.chat.completions.create({ messages: [{ role: 'user', content: 'x' }] });
    expect(again.choices[0]?.message.content).toContain('Hello');
  });

  it('answers an over-limit body with 413 in OpenAI’s error shape', async () => {
    test = await createTestRuntime([mockTextProvider('Talker')], { overrides: { server: { bodyLimitBytes: 1024 } } });
    const server = await buildServer(test.runtime);
    const big = { messages: [{ role: 'user', content: 'x'.repeat(2048) }] };
    const response = await server.inject({ method: 'POST', url: '/v1/chat/completions', body: big });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: 'request_too_large' },
    });
    const small = await server.inject({ method: 'POST', url: '/v1/chat/completions', body: { messages } });
    expect(small.statusCode).toBe(200);
    const option = await buildServer(test.runtime, { bodyLimitBytes: 64 });
    expect(
      (
        await option.inject({
          method: 'POST',
          url: '/v1/chat/completions',
          body: { messages: [{ role: 'user', content: 'y'.repeat(100) }] },
        })
      ).statusCode,
    ).toBe(413);
    await server.close();
    await option.close();
  });

  it('answers malformed JSON with 400 in OpenAI’s error shape', async () => {
    test = await createTestRuntime([mockTextProvider('Talker')]);
    const server = await buildServer(test.runtime);
    const response = await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'content-type': 'application/json' },
      payload: '{"messages": [',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.type).toBe('invalid_request_error');
    await server.close();
  });
});
