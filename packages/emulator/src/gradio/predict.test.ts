import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPng, scrapeZeroGpu } from '../__fixtures__/emulator-client.js';
import { readJson } from '../__fixtures__/read-json.js';
import { type Emulator, startEmulator } from '../start-emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ gradioGenerationTimeMs: 10 });
});
afterAll(() => emulator.close());

async function predict(data: unknown[], headers: Record<string, string> = {}, fnIndex = 3): Promise<Response> {
  return fetch(`${emulator.urls.spaces['roxky/G4F-flux']}/run/predict`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ data, event_data: null, fn_index: fnIndex, session_hash: 'abcdefghij', trigger_id: 10 }),
  });
}

describe('G4F flux-schnell /run/predict', () => {
  it('answers {data:[FileData, seed]} with the image g4f reads from data[0].url', async () => {
    // g4f takes the ZeroGPU token from the Janus Space page for this one.
    const { token, uuid } = await scrapeZeroGpu(emulator, 'roxky/Janus-Pro-7B');
    const response = await predict(['a boat', 123456, 64, 40, true, 1], {
      'x-zerogpu-token': token,
      'x-zerogpu-uuid': uuid,
    });
    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body).toMatchObject({
      data: [{ url: expect.any(String), path: expect.any(String) }, expect.any(Number)],
      is_generating: false,
      duration: expect.any(Number),
      average_duration: expect.any(Number),
    });
    expect(await fetchPng(body.data[0].url)).toMatchObject({ width: 64, height: 40 });

    const again = await readJson(await predict(['a boat', 123456, 64, 40, true, 1]));
    expect(again.data[0].url).toBe(body.data[0].url);
  });

  it('fails like diffusers when the size is not a multiple of 8', async () => {
    const response = await predict(['x', 1, 100, 64, true, 1]);
    expect(response.status).toBe(500);
    expect((await readJson(response)).error).toContain('divisible by 8');
  });

  it('answers 422 for another fn_index or a bad data shape', async () => {
    expect((await predict(['x', 1, 64, 64, true, 1], {}, 2)).status).toBe(422);
    expect((await predict(['x', 1, 64])).status).toBe(422);
  });

  it('answers 500 with the quota error for rejected anonymous calls', async () => {
    emulator.configure({ zeroGpuAnonymous: 'reject' });
    try {
      const response = await predict(['x', 1, 64, 64, true, 1], { 'x-zerogpu-token': '[object Object]' });
      expect(response.status).toBe(500);
      expect((await readJson(response)).error).toMatch(/^You have exceeded your GPU quota/);
    } finally {
      emulator.configure({ zeroGpuAnonymous: 'accept' });
    }
  });

  it('is not served by the queue Spaces', async () => {
    const response = await fetch(`${emulator.urls.spaces['roxky/FLUX.1-dev']}/run/predict`, {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(404);
  });
});
