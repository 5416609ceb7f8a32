import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { artaStatus, join, queueData, signUp, submitArta } from '../__fixtures__/emulator-client.js';
import { g4fError } from '../__fixtures__/g4f-parsers.js';
import { readJson } from '../__fixtures__/read-json.js';
import { msgs, parseSse, readSse } from '../__fixtures__/read-sse.js';
import { BROKEN_SSE_LINE } from '../gradio/data-route.js';
import { type Emulator, startEmulator } from '../start-emulator.js';

const FLUX = { fnIndex: 2, triggerId: 4, data: ['fault', 0, true, 16, 16, 3.5, 28] };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    gradioGenerationTimeMs: 20,
    gradioSteps: 2,
    artaGenerationTimeMs: 0,
    artaMaxSide: 32,
  });
});
afterEach(() => {
  emulator.faults.clear();
  emulator.resetCounters();
});
afterAll(() => emulator.close());

async function joinFlux(session: string): Promise<void> {
  const response = await join(emulator, 'roxky/FLUX.1-dev', { ...FLUX, sessionHash: session });
  expect(response.status).toBe(200);
}

describe('generic faults', () => {
  it('answers a status with Retry-After for `times` requests, then heals', async () => {
    emulator.faults.set('firebase.signUp', { status: 429, retryAfterSeconds: 7, times: 2 });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(signUp(emulator)).rejects.toThrow('signUp failed: 429');
    }
    expect((await signUp(emulator)).idToken).toEqual(expect.any(String));
    expect(emulator.faults.list()).toEqual({});

    emulator.faults.set('arta.submit', { status: 503, retryAfterSeconds: 7 });
    const response = await submitArta(emulator, 'whatever', {});
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await readJson(response)).toEqual({ error: { code: 503, message: 'Emulated fault on arta.submit' } });
  });

  it('sends a custom body, as text or JSON', async () => {
    emulator.faults.set('hf.page', { status: 500, body: 'Internal Server Error', times: 1 });
    const text = await fetch(`${emulator.urls.huggingFace}/spaces/roxky/FLUX.1-dev`);
    expect([text.status, await text.text(), text.headers.get('content-type')]).toEqual([
      500,
      'Internal Server Error',
      'text/plain; charset=utf-8',
    ]);
    emulator.faults.set('hf.jwt', { status: 401, body: { error: 'nope' }, times: 1 });
    const json = await fetch(`${emulator.urls.huggingFace}/api/spaces/roxky/FLUX.1-dev/jwt`, {
      headers: { cookie: 'a=b' },
    });
    expect(await readJson(json)).toEqual({ error: 'nope' });
  });

  it('applies queued faults in order', async () => {
    emulator.faults.set('firebase.signUp', [
      { status: 429, times: 1 },
      { status: 500, times: 1 },
    ]);
    await expect(signUp(emulator)).rejects.toThrow('429');
    await expect(signUp(emulator)).rejects.toThrow('500');
    await expect(signUp(emulator)).resolves.toMatchObject({ expiresIn: '3600' });
  });

  it('adds latency, then answers normally', async () => {
    emulator.faults.set('firebase.signUp', { latencyMs: 80, times: 1 });
    const started = performance.now();
    await signUp(emulator);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('hangs until the client gives up', async () => {
    emulator.faults.set('firebase.signUp', { hang: true, times: 1 });
    const controller = new AbortController();
    const pending = fetch(`${emulator.urls.firebaseSignUp}/identitytoolkit/v3/relyingparty/signupNewUser?key=k`, {
      method: 'POST',
      body: '{}',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
    expect(emulator.counters['firebase.signUp']).toBe(1);
  });

  it('breaks JSON, HTML and PNG bodies when malformed', async () => {
    emulator.faults.set('firebase.signUp', { malformed: true, times: 1 });
    await expect(signUp(emulator)).rejects.toThrow(SyntaxError);

    emulator.faults.set('hf.page', { malformed: true, times: 1 });
    const html = await (await fetch(`${emulator.urls.huggingFace}/spaces/roxky/FLUX.1-dev`)).text();
    expect(html).not.toMatch(/&quot;token&quot;:&quot;([^&]+?)&quot;/);

    const { idToken } = await signUp(emulator);
    const { record_id: recordId } = await readJson(await submitArta(emulator, idToken, {}));
    const url = (await readJson(await artaStatus(emulator, idToken, recordId))).response[0].url;
    emulator.faults.set('file', { malformed: true, times: 1 });
    const broken = Buffer.from(await (await fetch(url)).arrayBuffer());
    const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(broken.length).toBeLessThan(whole.length);
  });
});

describe('ARTA failJob', () => {
  it('makes a submitted job end FAILED', async () => {
    const { idToken } = await signUp(emulator);
    emulator.faults.set('arta.submit', { failJob: true, times: 1 });
    const { record_id: recordId } = await readJson(await submitArta(emulator, idToken, {}));
    expect(await readJson(await artaStatus(emulator, idToken, recordId))).toMatchObject({
      status: 'FAILED',
      response: null,
      error_code: expect.any(String),
    });
  });

  it('makes a status poll answer FAILED, and the job stays failed', async () => {
    const { idToken } = await signUp(emulator);
    const { record_id: recordId } = await readJson(await submitArta(emulator, idToken, {}));
    emulator.faults.set('arta.status', { failJob: true, times: 1 });
    expect((await readJson(await artaStatus(emulator, idToken, recordId))).status).toBe('FAILED');
    expect((await readJson(await artaStatus(emulator, idToken, recordId))).status).toBe('FAILED');
  });
});

describe('Gradio stream faults', () => {
  it('gpuQuota on gradio.join fails the call with the quota error', async () => {
    emulator.faults.set('gradio.join', { gpuQuota: true, times: 1 });
    await joinFlux('quota-join');
    const transcript = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', 'quota-join'));
    expect(msgs(transcript)).toEqual(['estimation', 'process_starts', 'process_completed', 'close_stream']);
    const completed = transcript.messages[2] ?? {};
    expect(completed).toMatchObject({ success: false, title: 'ZeroGPU quota exceeded' });
    expect(g4fError(completed)).toBe('You have exceeded your GPU quota (60s requested vs. 56s left).');
  });

  it("gpuQuota on gradio.data fails the session's pending calls", async () => {
    await joinFlux('quota-data');
    emulator.faults.set('gradio.data', { gpuQuota: true, times: 1 });
    const transcript = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', 'quota-data'));
    expect(transcript.messages.find((message) => message.msg === 'process_completed')).toMatchObject({
      success: false,
    });
  });

  it('endWithoutCompleted ends the stream where process_completed would come', async () => {
    await joinFlux('no-completed');
    emulator.faults.set('gradio.data', { endWithoutCompleted: true, times: 1 });
    const transcript = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', 'no-completed'));
    expect(msgs(transcript)).toEqual([
      'estimation',
      'process_starts',
      'progress',
      'process_generating',
      'progress',
      'process_generating',
    ]);
  });

  it('resetMidStream destroys the socket after process_starts', async () => {
    await joinFlux('reset');
    emulator.faults.set('gradio.data', { resetMidStream: true, times: 1 });
    const response = await queueData(emulator, 'roxky/FLUX.1-dev', 'reset');
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('malformed writes one broken data line after process_starts, then continues', async () => {
    await joinFlux('malformed');
    emulator.faults.set('gradio.data', { malformed: true, times: 1 });
    const text = await (await queueData(emulator, 'roxky/FLUX.1-dev', 'malformed')).text();
    expect(text).toContain(BROKEN_SSE_LINE);
    const transcript = parseSse(text);
    expect(transcript.broken).toHaveLength(1);
    expect(msgs(transcript).slice(-2)).toEqual(['process_completed', 'close_stream']);
  });

  it('a status fault on gradio.data answers before any stream', async () => {
    await joinFlux('status');
    emulator.faults.set('gradio.data', { status: 503, times: 1 });
    expect((await queueData(emulator, 'roxky/FLUX.1-dev', 'status')).status).toBe(503);
    const transcript = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', 'status'));
    expect(msgs(transcript).at(-1)).toBe('close_stream');
  });
});

describe('fault validation', () => {
  it('refuses unknown routes, mixed kinds and domain faults on the wrong route', () => {
    expect(() => emulator.faults.set('nope' as 'file', { status: 500 })).toThrow(TypeError);
    expect(() => emulator.faults.set('file', { status: 500, latencyMs: 5 } as never)).toThrow(TypeError);
    expect(() => emulator.faults.set('firebase.signUp', { failJob: true })).toThrow(/arta\.submit/);
    expect(() => emulator.faults.set('arta.submit', { gpuQuota: true })).toThrow(TypeError);
    expect(() => emulator.faults.set('file', { status: 500, times: 0 })).toThrow(TypeError);
  });

  it('lists what is armed, with the remaining times', () => {
    emulator.faults.set('file', { status: 500, times: 3 });
    emulator.faults.add('file', { latencyMs: 10 });
    expect(emulator.faults.list()).toEqual({ file: [{ status: 500, times: 3 }, { latencyMs: 10 }] });
    emulator.faults.clear('file');
    expect(emulator.faults.list()).toEqual({});
  });
});
