import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrapeZeroGpu } from '../__fixtures__/emulator-client.js';
import { readJson } from '../__fixtures__/read-json.js';
import { SPACES, type SpaceId } from '../spaces/space-catalog.js';
import { type Emulator, startEmulator } from '../start-emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function jwt(
  space: string,
  headers: Record<string, string> = {},
  expiration: string | null = new Date(Date.now() + 600_000).toISOString(),
): Promise<Response> {
  const query = expiration === null ? '' : `expiration=${encodeURIComponent(expiration)}&`;
  return fetch(`${emulator.urls.huggingFace}/api/spaces/${space}/jwt?${query}include_pro_status=true`, { headers });
}

describe('Space page', () => {
  it.each(Object.keys(SPACES) as SpaceId[])('embeds a ZeroGPU token and session uuid for %s', async (space) => {
    const response = await fetch(`${emulator.urls.huggingFace}/spaces/${space}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const { token, uuid } = await scrapeZeroGpu(emulator, space);
    expect(token.split('.')).toHaveLength(3);
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('issues a fresh token per page load', async () => {
    const first = await scrapeZeroGpu(emulator, 'roxky/Janus-Pro-7B');
    const second = await scrapeZeroGpu(emulator, 'roxky/Janus-Pro-7B');
    expect(first.token).not.toBe(second.token);
  });

  it('answers 404 for an unknown Space', async () => {
    expect((await fetch(`${emulator.urls.huggingFace}/spaces/nobody/nothing`)).status).toBe(404);
  });
});

describe('ZeroGPU jwt', () => {
  it('answers 401 without a cookie or hf_ token', async () => {
    expect((await jwt('roxky/FLUX.1-dev')).status).toBe(401);
    expect((await jwt('roxky/FLUX.1-dev', { authorization: 'Bearer not-hf' })).status).toBe(401);
  });

  it('answers {token} with a cookie', async () => {
    const response = await jwt('roxky/FLUX.1-dev', { cookie: 'token=abc' });
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual({ token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
  });

  it('answers {token} with Authorization: Bearer hf_...', async () => {
    const response = await jwt('deepseek-ai/Janus-Pro-7B', { authorization: 'Bearer hf_abcdef' });
    expect(response.status).toBe(200);
    expect((await readJson(response)).token).toEqual(expect.any(String));
  });

  it('rejects an unparseable or past expiration, and an unknown Space', async () => {
    expect((await jwt('roxky/FLUX.1-dev', { cookie: 'a=b' }, 'soon')).status).toBe(400);
    expect((await jwt('roxky/FLUX.1-dev', { cookie: 'a=b' }, '2000-01-01T00:00:00.000Z')).status).toBe(400);
    expect((await jwt('nobody/nothing', { cookie: 'a=b' })).status).toBe(404);
  });

  it('defaults the expiration when it is omitted', async () => {
    expect((await jwt('roxky/FLUX.1-dev', { cookie: 'a=b' }, null)).status).toBe(200);
  });
});
