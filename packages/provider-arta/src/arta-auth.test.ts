import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileAuthStore, ImageResponse, MemoryAuthStore, ResponseStatusError } from '@g4f-kit/core';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusPayload } from './__fixtures__/arta-payloads.js';
import {
  artaRoutes,
  buildArta,
  generate,
  manualClock,
  REFRESH,
  recordingHttpClient,
  rejectionOf,
  SIGN_UP,
  STATUS,
  SUBMIT,
  TEST_SETTINGS,
  TEST_WEB_KEY,
} from './__fixtures__/arta-test-env.js';
import { invalidRefreshTokenPayload, refreshPayload, signUpPayload } from './__fixtures__/firebase-payloads.js';
import { ARTA_AUTH_KEY, artaTokenSchema, tokenIssuer } from './arta-token.js';

const server = useTestServer({
  ...artaRoutes(),
  [STATUS]: { type: 'json', body: statusPayload('DONE') },
});

const HOUR = 3_600_000;
const TEST_ISSUER = tokenIssuer({
  signUpBaseUrl: TEST_SETTINGS.signUpBaseUrl as string,
  firebaseApiKey: TEST_WEB_KEY,
});
const MINUTE = 60_000;

describe('ARTA auth: getting and reusing the token', () => {
  it('signs up on the first call and stores the token under ARTA with an absolute expiry', async () => {
    const clock = manualClock();
    const store = new MemoryAuthStore();
    const { provider } = buildArta({ clock, authStore: store });
    await generate(provider);

    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
    const stored = await store.read(ARTA_AUTH_KEY, artaTokenSchema);
    const first = signUpPayload(1);
    expect(stored).toEqual({
      idToken: first.idToken,
      refreshToken: first.refreshToken,
      localId: first.localId,
      issuedAt: clock.now(),
      expiresAt: clock.now() + HOUR,
      issuer: TEST_ISSUER,
    });
  });

  it('reuses a valid token: no further sign-up', async () => {
    const clock = manualClock();
    const { provider } = buildArta({ clock });
    await generate(provider);
    clock.advance(29 * MINUTE);
    await generate(provider);
    await generate(provider);
    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
    expect(server.callsTo(REFRESH)).toHaveLength(0);
    expect(server.callsTo(SUBMIT)).toHaveLength(3);
  });

  it('reuses a token stored by an earlier run', async () => {
    const clock = manualClock();
    const store = new MemoryAuthStore();
    await generate(buildArta({ clock, authStore: store }).provider);
    await generate(buildArta({ clock, authStore: store }).provider);
    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
  });

  it('makes exactly one sign-up for 50 concurrent generations on an empty store', async () => {
    const { provider } = buildArta();
    const results = await Promise.all(Array.from({ length: 50 }, () => generate(provider)));
    expect(results.every((chunks) => chunks.at(-1) instanceof ImageResponse)).toBe(true);
    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
    expect(server.callsTo(SUBMIT)).toHaveLength(50);
  });
});

describe('ARTA auth: refresh', () => {
  it('refreshes past half the lifetime (fake clock from the container), without a new sign-up', async () => {
    const clock = manualClock();
    const recorded = recordingHttpClient();
    const store = new MemoryAuthStore();
    const { provider } = buildArta({ clock, authStore: store, httpClient: recorded.http });
    await generate(provider);
    clock.advance(31 * MINUTE);
    await generate(provider);

    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
    const [refresh] = server.callsTo(REFRESH);
    expect(server.callsTo(REFRESH)).toHaveLength(1);
    expect(refresh?.url.searchParams.get('key')).toBe(TEST_WEB_KEY);
    expect(refresh?.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(refresh?.form() ?? [])).toEqual({
      grant_type: 'refresh_token',
      refresh_token: signUpPayload(1).refreshToken,
    });
    const refreshed = refreshPayload(1);
    expect(recorded.authorizationOf('ARTA submit')).toEqual([signUpPayload(1).idToken, refreshed.id_token]);
    expect(await store.read(ARTA_AUTH_KEY, artaTokenSchema)).toMatchObject({
      idToken: refreshed.id_token,
      refreshToken: refreshed.refresh_token,
      issuedAt: clock.now(),
      expiresAt: clock.now() + HOUR,
    });
  });

  it('signs up anew when the refresh fails (400 INVALID_REFRESH_TOKEN)', async () => {
    server.use({ [REFRESH]: { type: 'json', status: 400, body: invalidRefreshTokenPayload } });
    const clock = manualClock();
    const recorded = recordingHttpClient();
    const { provider } = buildArta({ clock, httpClient: recorded.http });
    await generate(provider);
    clock.advance(45 * MINUTE);
    const chunks = await generate(provider);

    expect(chunks.at(-1)).toBeInstanceOf(ImageResponse);
    expect(server.callsTo(REFRESH)).toHaveLength(1);
    expect(server.callsTo(SIGN_UP)).toHaveLength(2);
    expect(recorded.authorizationOf('ARTA submit').at(-1)).toBe(signUpPayload(2).idToken);
  });

  it('surfaces a failed sign-up as a typed error', async () => {
    server.use({ [SIGN_UP]: { type: 'error', status: 503, body: 'unavailable' } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect(error.message).toContain('ARTA sign-up');
    expect(server.callsTo(SUBMIT)).toHaveLength(0);
  });

  it('rejects a sign-up answer without idToken as a ResponseError', async () => {
    server.use({
      [SIGN_UP]: { type: 'json', body: { kind: 'identitytoolkit#SignupNewUserResponse', expiresIn: '3600' } },
    });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(error.name).toBe('ResponseError');
    expect(error.message).toContain('idToken');
  });
});

describe('ARTA auth: the auth file', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'g4f-kit-arta-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const authFile = () => join(directory, 'auth_ARTA.json');

  it('writes auth_ARTA.json with an absolute expiry', async () => {
    const clock = manualClock();
    await generate(buildArta({ clock, authStore: new FileAuthStore({ directory }) }).provider);
    const saved = JSON.parse(await readFile(authFile(), 'utf8'));
    expect(saved).toMatchObject({ idToken: signUpPayload(1).idToken, expiresAt: clock.now() + HOUR });
  });

  it.each([
    ['is not JSON', '{"idToken": "eyJ'],
    ['is a g4f file without an absolute expiry', JSON.stringify({ ...signUpPayload(9) })],
  ])('replaces a file that %s, after one sign-up', async (_, content) => {
    await writeFile(authFile(), content, 'utf8');
    const chunks = await generate(buildArta({ authStore: new FileAuthStore({ directory }) }).provider);
    expect(chunks.at(-1)).toBeInstanceOf(ImageResponse);
    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
    const saved = artaTokenSchema.parse(JSON.parse(await readFile(authFile(), 'utf8')));
    expect(saved.idToken).toBe(signUpPayload(1).idToken);
  });

  it('reuses a valid token from the file: no sign-up', async () => {
    const clock = manualClock();
    const token = {
      idToken: 'eyJ.secret-from-file.sig',
      refreshToken: 'AMf-file',
      issuedAt: clock.now(),
      expiresAt: clock.now() + HOUR,
      issuer: TEST_ISSUER,
    };
    await writeFile(authFile(), JSON.stringify(token), 'utf8');
    const recorded = recordingHttpClient();
    await generate(
      buildArta({ clock, authStore: new FileAuthStore({ directory }), httpClient: recorded.http }).provider,
    );
    expect(server.callsTo(SIGN_UP)).toHaveLength(0);
    expect(recorded.authorizationOf('ARTA submit')).toEqual([token.idToken]);
  });

  it('never sends a token another endpoint issued (an emulator token to the real service, or back)', async () => {
    const clock = manualClock();
    const emulatorToken = {
      idToken: 'eyJ.from-the-emulator.sig',
      refreshToken: 'AMf-emulator',
      issuedAt: clock.now(),
      expiresAt: clock.now() + HOUR,
      issuer: tokenIssuer({ signUpBaseUrl: 'http://127.0.0.1:8765/www.googleapis.com', firebaseApiKey: 'any' }),
    };
    await writeFile(authFile(), JSON.stringify(emulatorToken), 'utf8');
    const recorded = recordingHttpClient();
    await generate(
      buildArta({ clock, authStore: new FileAuthStore({ directory }), httpClient: recorded.http }).provider,
    );
    expect(server.callsTo(SIGN_UP)).toHaveLength(1);
    expect(recorded.authorizationOf('ARTA submit')).not.toContain(emulatorToken.idToken);
    const replaced = JSON.parse(await readFile(authFile(), 'utf8')) as { issuer: string };
    expect(replaced.issuer).toBe(TEST_ISSUER);
    expect(replaced.issuer).not.toContain(TEST_WEB_KEY);
  });
});
