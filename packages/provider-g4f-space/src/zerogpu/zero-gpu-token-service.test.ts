import { AbortError, HttpClient } from '@g4f-kit/core';
import { captureLogs } from '@g4f-kit/core/testing';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { describe, expect, it } from 'vitest';
import { fakeJwt } from '../__fixtures__/fake-jwt.js';
import { HF, PAGE_TOKEN, PAGE_UUID } from '../__fixtures__/space-urls.js';
import { readFixture } from '../__fixtures__/transcripts.js';
import { decodeJwtExpiry } from './decode-jwt-expiry.js';
import { jwtExpiration } from './jwt-expiration.js';
import { scrapeZeroGpuPage } from './scrape-zero-gpu-page.js';
import { ANONYMOUS_ZERO_GPU_TOKEN } from './zero-gpu-credentials.js';
import { ZeroGpuTokenService, type ZeroGpuTokenSettings } from './zero-gpu-token-service.js';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const SPACE = 'roxky/FLUX.1-dev';
const PAGE = `GET ${HF}/spaces/:owner/:name`;
const JWT = `GET ${HF}/api/spaces/:owner/:name/jwt`;
const signedInToken = fakeJwt({ onBehalfOf: 'hf-user', exp: NOW / 1000 + 600 });

const server = useTestServer({
  [PAGE]: { type: 'text', body: readFixture('space-page.html'), headers: { 'content-type': 'text/html' } },
  [JWT]: { type: 'json', body: { token: signedInToken } },
});

function service(settings: Partial<ZeroGpuTokenSettings> = {}) {
  let now = NOW;
  const logs = captureLogs();
  const tokens = new ZeroGpuTokenService({
    http: new HttpClient(),
    settings: {
      huggingFaceUrl: HF,
      hfToken: undefined,
      cookies: undefined,
      tokenTtlMs: 600_000,
      tokenExpiryMarginMs: 30_000,
      ...settings,
    },
    logger: logs.logger,
    clock: { now: () => now },
  });
  return { tokens, logs, advance: (ms: number) => (now += ms) };
}

describe('ZeroGpuTokenService', () => {
  it('scrapes the token and session uuid from the Space page when nothing is configured', async () => {
    const { tokens } = service();
    const credentials = await tokens.get(SPACE);
    expect(credentials).toEqual({ token: PAGE_TOKEN, uuid: PAGE_UUID, anonymous: false, expiresAt: 4_102_444_800_000 });
    const [page] = server.callsTo(PAGE);
    expect(page?.url.pathname).toBe('/spaces/roxky/FLUX.1-dev');
    expect(page?.headers.has('authorization')).toBe(false);
    expect(page?.headers.has('cookie')).toBe(false);
    expect(server.callsTo(JWT)).toHaveLength(0);
  });

  it('asks the jwt endpoint with the Hugging Face token, for a 10-minute token', async () => {
    const { tokens } = service({ hfToken: 'hf_secret' });
    const credentials = await tokens.get(SPACE);
    expect(credentials.token).toBe(signedInToken);
    expect(credentials.uuid).toBe(PAGE_UUID);
    expect(credentials.expiresAt).toBe(NOW + 600_000);
    const [jwt] = server.callsTo(JWT);
    expect(jwt?.url.pathname).toBe('/api/spaces/roxky/FLUX.1-dev/jwt');
    expect(jwt?.url.searchParams.get('expiration')).toBe('2026-03-01T12:10:00.000+00:00');
    expect(jwt?.url.search).toContain('expiration=2026-03-01T12%3A10%3A00.000%2B00%3A00');
    expect(jwt?.url.searchParams.get('include_pro_status')).toBe('true');
    expect(jwt?.headers.get('authorization')).toBe('Bearer hf_secret');
  });

  it('sends configured cookies to the page and the jwt endpoint', async () => {
    const { tokens } = service({ cookies: 'token=abc; other=1' });
    expect((await tokens.get(SPACE)).token).toBe(signedInToken);
    expect(server.callsTo(JWT)[0]?.headers.get('cookie')).toBe('token=abc; other=1');
    expect(server.callsTo(PAGE)[0]?.headers.get('cookie')).toBe('token=abc; other=1');
  });

  it('caches per Space until shortly before the JWT expires', async () => {
    const { tokens, advance } = service({ hfToken: 'hf_secret' });
    await tokens.get(SPACE);
    await tokens.get(SPACE);
    expect(server.callsTo(JWT)).toHaveLength(1);
    await tokens.get('deepseek-ai/Janus-Pro-7B');
    expect(server.callsTo(JWT)).toHaveLength(2);
    advance(600_000 - 30_001);
    await tokens.get(SPACE);
    expect(server.callsTo(JWT)).toHaveLength(2);
    advance(2);
    await tokens.get(SPACE);
    expect(server.callsTo(JWT)).toHaveLength(3);
  });

  it('keeps an opaque token for the configured TTL', async () => {
    server.use({ [PAGE]: { type: 'text', body: '<div data-props="{&quot;token&quot;:&quot;opaque-1&quot;}"></div>' } });
    const { tokens, advance } = service({ tokenTtlMs: 120_000 });
    expect(await tokens.get(SPACE)).toMatchObject({
      token: 'opaque-1',
      uuid: ANONYMOUS_ZERO_GPU_TOKEN,
      expiresAt: NOW + 120_000,
    });
    advance(80_000);
    await tokens.get(SPACE);
    expect(server.callsTo(PAGE)).toHaveLength(1);
    advance(11_000);
    await tokens.get(SPACE);
    expect(server.callsTo(PAGE)).toHaveLength(2);
  });

  it('makes one fetch for 20 concurrent first callers', async () => {
    server.use({
      [PAGE]: async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { type: 'text', body: readFixture('space-page.html') };
      },
    });
    const { tokens } = service({ hfToken: 'hf_secret' });
    const all = await Promise.all(Array.from({ length: 20 }, () => tokens.get(SPACE)));
    expect(new Set(all.map((credentials) => credentials.token))).toEqual(new Set([signedInToken]));
    expect(server.callsTo(PAGE)).toHaveLength(1);
    expect(server.callsTo(JWT)).toHaveLength(1);
  });

  it('falls back to "[object Object]" when no token can be had, warning once and caching nothing', async () => {
    server.use({ [PAGE]: { type: 'text', body: '<html><body>No ZeroGPU here</body></html>' } });
    const { tokens, logs } = service();
    const first = await tokens.get(SPACE);
    const second = await tokens.get(SPACE);
    expect(first).toEqual({ token: '[object Object]', uuid: '[object Object]', anonymous: true, expiresAt: undefined });
    expect(second.anonymous).toBe(true);
    expect(server.callsTo(PAGE)).toHaveLength(2);
    const warnings = logs.records().filter((record) => record.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toContain('calling it anonymously');
  });

  it('uses the page token when the jwt endpoint refuses the credentials, never logging either token', async () => {
    server.use({ [JWT]: { type: 'error', status: 401, body: JSON.stringify({ error: 'Invalid credentials' }) } });
    const { tokens, logs } = service({ hfToken: 'hf_secret' });
    expect((await tokens.get(SPACE)).token).toBe(PAGE_TOKEN);
    expect(logs.text).toContain('refused the configured Hugging Face credentials');
    expect(logs.text).not.toContain(PAGE_TOKEN);
    expect(logs.text).not.toContain('hf_secret');
  });

  it('degrades to the placeholder when the page cannot be read', async () => {
    server.use({ [PAGE]: { type: 'error', status: 503, body: 'busy' } });
    const { tokens, logs } = service();
    expect((await tokens.get(SPACE)).anonymous).toBe(true);
    expect(logs.text).toContain('Reading the Space page for a ZeroGPU token failed');
  });

  it('lets a caller give up without cancelling the fetch others share', async () => {
    server.use({
      [PAGE]: async () => {
        await new Promise((resolve) => setTimeout(resolve, 40));
        return { type: 'text', body: readFixture('space-page.html') };
      },
    });
    const { tokens } = service();
    const controller = new AbortController();
    const leaving = tokens.get(SPACE, { signal: controller.signal });
    const staying = tokens.get(SPACE);
    controller.abort();
    await expect(leaving).rejects.toSatisfy((error) => AbortError.isInstance(error));
    expect((await staying).token).toBe(PAGE_TOKEN);
    expect(server.callsTo(PAGE)).toHaveLength(1);
  });
});

describe('ZeroGPU helpers', () => {
  it('reads the escaped token and uuid from a page', () => {
    expect(scrapeZeroGpuPage(readFixture('space-page.html'))).toEqual({ token: PAGE_TOKEN, uuid: PAGE_UUID });
    expect(scrapeZeroGpuPage('<html></html>')).toEqual({ token: undefined, uuid: undefined });
  });

  it('decodes a JWT exp and treats anything else as opaque', () => {
    expect(decodeJwtExpiry(fakeJwt({ exp: 1_800_000_000 }))).toBe(1_800_000_000_000);
    expect(decodeJwtExpiry(fakeJwt({ sub: 'x' }))).toBeUndefined();
    expect(decodeJwtExpiry('opaque')).toBeUndefined();
    expect(decodeJwtExpiry('a.%%%.c')).toBeUndefined();
  });

  it('writes the expiration like Python isoformat, 10 minutes ahead', () => {
    expect(jwtExpiration(Date.parse('2026-01-31T23:55:00.123Z'))).toBe('2026-02-01T00:05:00.123+00:00');
  });
});
