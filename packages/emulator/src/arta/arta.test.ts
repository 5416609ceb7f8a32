import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artaStatus, fetchPng, signUp, submitArta } from '../__fixtures__/emulator-client.js';
import { readJson } from '../__fixtures__/read-json.js';
import { type Emulator, startEmulator } from '../start-emulator.js';
import { ARTA_STYLES } from './arta-styles.js';

let now = 1_750_000_000_000;
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    clock: () => now,
    artaQueueTimeMs: 1000,
    artaGenerationTimeMs: 4000,
    artaMaxSide: 64,
  });
});
afterAll(() => emulator.close());

async function submit(
  idToken: string,
  fields: Record<string, string> = {},
): Promise<{ record_id: string; status: string; seed: number }> {
  const response = await submitArta(emulator, idToken, fields);
  expect(response.status).toBe(200);
  return readJson(response);
}

async function status(
  idToken: string,
  recordId: string,
): Promise<{ status: string; response: Array<{ url: string; name: string }> | null; [key: string]: unknown }> {
  const response = await artaStatus(emulator, idToken, recordId);
  expect(response.status).toBe(200);
  return readJson(response);
}

describe('ARTA text2image', () => {
  it('moves IN_QUEUE -> IN_PROGRESS -> DONE with time and serves the images', async () => {
    const { idToken } = await signUp(emulator);
    const submitted = await submit(idToken, { images_num: '2', aspect_ratio: '16:9' });
    expect(submitted).toEqual({
      record_id: expect.any(String),
      status: 'IN_QUEUE',
      response: null,
      error_code: null,
      error_details: null,
      seed: 12345,
    });

    expect((await status(idToken, submitted.record_id)).status).toBe('IN_QUEUE');
    now += 1000;
    expect(await status(idToken, submitted.record_id)).toMatchObject({ status: 'IN_PROGRESS', response: null });
    now += 4000;
    const done = await status(idToken, submitted.record_id);
    expect(done).toMatchObject({ record_id: submitted.record_id, status: 'DONE', error_code: null, seed: 12345 });
    expect(done.response).toHaveLength(2);
    expect(done.response?.[0]).toEqual({
      name: expect.stringMatching(/\.png$/),
      url: expect.stringContaining(emulator.urls.arta),
      isBlur: false,
      MIME: 'image/png',
    });

    const [first, second] = await Promise.all((done.response ?? []).map((image) => fetchPng(image.url)));
    expect(first).toMatchObject({ width: 64, height: 36, contentType: 'image/png' });
    expect(second?.bytes.equals(first?.bytes ?? Buffer.alloc(0))).toBe(false);
  });

  it('gives the same images for the same prompt, style and seed', async () => {
    const { idToken } = await signUp(emulator);
    const a = await submit(idToken, { seed: '777' });
    const b = await submit(idToken, { seed: '777' });
    const c = await submit(idToken, { seed: '778' });
    now += 5000;
    const [urlA, urlB, urlC] = await Promise.all(
      [a, b, c].map(async (job) => (await status(idToken, job.record_id)).response?.[0]?.url ?? ''),
    );
    expect(urlA).toBe(urlB);
    expect(urlA).not.toBe(urlC);
    const [pngA, pngC] = await Promise.all([fetchPng(urlA ?? ''), fetchPng(urlC ?? '')]);
    expect(pngA.bytes.equals(pngC.bytes)).toBe(false);
  });

  it('accepts a multipart form (what FormData sends)', async () => {
    const { idToken } = await signUp(emulator);
    const form = new FormData();
    form.set('prompt', 'a cat');
    form.set('style', 'SDXL 1.0');
    form.set('images_num', '1');
    form.set('aspect_ratio', '2:3');
    const response = await fetch(`${emulator.urls.arta}/api/v1/text2image`, {
      method: 'POST',
      headers: { authorization: idToken },
      body: form,
    });
    expect(response.status).toBe(200);
    const { record_id: recordId, seed } = await readJson(response);
    expect(seed).toEqual(expect.any(Number));
    now += 5000;
    const done = await status(idToken, recordId);
    expect(await fetchPng(done.response?.[0]?.url ?? '')).toMatchObject({ width: 43, height: 64 });
  });

  it('knows every g4f style name', async () => {
    expect(ARTA_STYLES).toContain('Flux');
    expect(ARTA_STYLES).toContain('F Dev');
    expect(ARTA_STYLES).toContain('GPT4o');
    expect(ARTA_STYLES).toContain('Embroidery tattoo');
    expect(new Set(ARTA_STYLES).size).toBe(ARTA_STYLES.length);
    const { idToken } = await signUp(emulator);
    const responses = await Promise.all(ARTA_STYLES.map((style) => submitArta(emulator, idToken, { style })));
    expect(responses.map((response) => response.status)).toEqual(ARTA_STYLES.map(() => 200));
  });

  it('answers 400 with a JSON detail for an unknown style', async () => {
    const { idToken } = await signUp(emulator);
    const response = await submitArta(emulator, idToken, { style: 'Picasso' });
    expect(response.status).toBe(400);
    expect(await readJson(response)).toEqual({
      detail: [expect.objectContaining({ loc: ['body', 'style'], msg: 'Unknown style: Picasso' })],
    });
  });

  it('answers 400 for an unsupported aspect ratio and 422 for a bad images_num or missing prompt', async () => {
    const { idToken } = await signUp(emulator);
    expect((await submitArta(emulator, idToken, { aspect_ratio: '5:7' })).status).toBe(400);
    expect((await submitArta(emulator, idToken, { images_num: 'many' })).status).toBe(422);
    expect((await submitArta(emulator, idToken, { images_num: '9' })).status).toBe(422);
    expect((await submitArta(emulator, idToken, { prompt: '' })).status).toBe(422);
  });

  it('answers 401 without a token, with an unknown one, or with "Bearer <token>"', async () => {
    const { idToken } = await signUp(emulator);
    const missing = await fetch(`${emulator.urls.arta}/api/v1/text2image`, {
      method: 'POST',
      body: new URLSearchParams({ prompt: 'x', style: 'Flux' }),
    });
    expect(missing.status).toBe(401);
    expect((await submitArta(emulator, 'not-a-token', {})).status).toBe(401);
    expect((await submitArta(emulator, `Bearer ${idToken}`, {})).status).toBe(401);
    expect((await artaStatus(emulator, 'not-a-token', 'whatever')).status).toBe(401);
  });

  it('rejects an expired id token, and accepts the refreshed one', async () => {
    const session = await signUp(emulator);
    now += 3600 * 1000;
    const expired = await submitArta(emulator, session.idToken, {});
    expect(expired.status).toBe(401);
    expect(await readJson(expired)).toEqual({ detail: 'Token expired' });

    const refreshed = await fetch(`${emulator.urls.firebaseRefresh}/v1/token?key=k`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: session.refreshToken }),
    });
    const { id_token: idToken } = await readJson(refreshed);
    expect((await submitArta(emulator, idToken, {})).status).toBe(200);
  });

  it('expires every token on expireTokens()', async () => {
    const { idToken } = await signUp(emulator);
    emulator.expireTokens();
    expect((await submitArta(emulator, idToken, {})).status).toBe(401);
  });

  it('answers 404 for an unknown record', async () => {
    const { idToken } = await signUp(emulator);
    const response = await artaStatus(emulator, idToken, 'no-such-record');
    expect(response.status).toBe(404);
  });
});

describe('ARTA with real time', () => {
  it('is DONE after the queue and generation times', async () => {
    const live = await startEmulator({ artaQueueTimeMs: 0, artaGenerationTimeMs: 300, artaMaxSide: 32 });
    try {
      const { idToken } = await signUp(live);
      const { record_id: recordId } = await readJson(await submitArta(live, idToken, {}));
      const first = await readJson(await artaStatus(live, idToken, recordId));
      expect(first.status).toBe('IN_PROGRESS');
      await new Promise((resolve) => setTimeout(resolve, 350));
      const done = await readJson(await artaStatus(live, idToken, recordId));
      expect(done.status).toBe('DONE');
      expect(await fetchPng(done.response[0].url)).toMatchObject({ width: 32, height: 32 });
    } finally {
      await live.close();
    }
  });
});
