import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artaStatus, runQueueCall, signUp, submitArta } from '../__fixtures__/emulator-client.js';
import { readJson } from '../__fixtures__/read-json.js';
import { type Emulator, startEmulator } from '../start-emulator.js';

let now = 1_750_000_000_000;
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ clock: () => now, artaGenerationTimeMs: 4000, artaMaxSide: 64 });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await admin('reset', { method: 'POST' });
});

function admin(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emulator.adminUrl}/${path}`, init);
}

function configure(patch: unknown): Promise<Response> {
  return admin('configure', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
}

describe('admin API', () => {
  it('lives under /__emulator on the base URL', () => {
    expect(emulator.adminUrl).toBe(`${emulator.baseUrl}/__emulator`);
  });

  it('reports the counters, without counting itself, and resets them', async () => {
    await signUp(emulator);
    const counters = await readJson(await admin('counters'));
    expect(counters).toMatchObject({ 'firebase.signUp': 1, notFound: 0 });
    expect(counters).toEqual(emulator.counters);

    expect(await readJson(await admin('reset', { method: 'POST' }))).toEqual({ ok: true });
    expect(Object.values(await readJson(await admin('counters'))).every((count) => count === 0)).toBe(true);
  });

  it('changes the config at runtime and names a bad field with 400', async () => {
    const changed = await configure({ artaGenerationTimeMs: 1234, janusImageSize: 16 });
    expect(changed.status).toBe(200);
    expect(await readJson(changed)).toMatchObject({ artaGenerationTimeMs: 1234, janusImageSize: 16 });
    expect(emulator.config).toMatchObject({ artaGenerationTimeMs: 1234, janusImageSize: 16 });
    expect(await readJson(await admin('config'))).toEqual(emulator.config);

    const bad = await configure({ artaMaxSide: -1 });
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).detail).toMatch(/artaMaxSide/);
    const unknown = await configure({ nope: 1 });
    expect([unknown.status, (await readJson(unknown)).detail]).toEqual([400, expect.stringMatching(/nope/)]);
    expect((await configure([1])).status).toBe(400);
    expect((await admin('configure', { method: 'POST', body: '{' })).status).toBe(400);
    emulator.configure({ artaGenerationTimeMs: 4000, janusImageSize: 384 });
  });

  it('records when an ARTA job turns DONE, matching its status', async () => {
    const { idToken } = await signUp(emulator);
    const submitted = (await readJson(await submitArta(emulator, idToken, { prompt: 'admin fox' }))) as {
      record_id: string;
    };
    const body = await readJson(await admin('completions'));
    expect(body).toEqual({
      now,
      completions: [{ kind: 'arta', id: submitted.record_id, prompt: 'admin fox', finishedAt: now + 4000 }],
    });
    now += 3999;
    expect((await readJson(await artaStatus(emulator, idToken, submitted.record_id))).status).toBe('IN_PROGRESS');
    now += 1;
    expect((await readJson(await artaStatus(emulator, idToken, submitted.record_id))).status).toBe('DONE');
    expect(emulator.completions).toEqual(body.completions);
  });

  it('records Gradio queue and predict completions, filtered by since', async () => {
    emulator.configure({ gradioGenerationTimeMs: 0 });
    const before = now;
    await runQueueCall(emulator, 'roxky/FLUX.1-dev', {
      data: ['admin flux', 0, true, 64, 64, 3.5, 28],
      fnIndex: 2,
      triggerId: 4,
    });
    const predict = await fetch(`${emulator.urls.spaces['roxky/G4F-flux']}/run/predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: ['admin schnell', 1, 64, 64, true, 1], fn_index: 3, session_hash: 'abc' }),
    });
    expect(predict.status).toBe(200);
    const { completions } = await readJson(await admin(`completions?since=${before}`));
    expect(completions).toEqual([
      { kind: 'gradio.queue', id: expect.stringMatching(/^[0-9a-f]{32}$/), prompt: 'admin flux', finishedAt: now },
      { kind: 'gradio.predict', id: 'abc', prompt: 'admin schnell', finishedAt: now },
    ]);
    expect((await readJson(await admin(`completions?since=${now + 1}`))).completions).toEqual([]);
    expect((await admin('completions?since=soon')).status).toBe(400);
    emulator.resetCompletions();
    expect(emulator.completions).toEqual([]);
  });

  it('expires the tokens issued so far', async () => {
    const { idToken } = await signUp(emulator);
    expect(await readJson(await admin('expire-tokens', { method: 'POST' }))).toEqual({ ok: true });
    const rejected = await submitArta(emulator, idToken, {});
    expect(rejected.status).toBe(401);
  });

  it('answers 404 for an unknown admin route', async () => {
    const response = await admin('nothing');
    expect(response.status).toBe(404);
    expect((await readJson(response)).detail).toContain('GET nothing');
    expect(emulator.counters.notFound).toBe(0);
  });
});
