import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, signUp } from '../__fixtures__/emulator-client.js';
import { readJson } from '../__fixtures__/read-json.js';
import { type Emulator, startEmulator } from '../start-emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function refresh(body: string | URLSearchParams, contentType: string, key: string | null = API_KEY): Promise<Response> {
  const query = key === null ? '' : `?key=${key}`;
  return fetch(`${emulator.urls.firebaseRefresh}/v1/token${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

describe('Firebase signupNewUser', () => {
  it('creates an anonymous user with the real response shape', async () => {
    const session = await signUp(emulator);
    expect(session).toEqual({
      kind: 'identitytoolkit#SignupNewUserResponse',
      idToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      refreshToken: expect.any(String),
      expiresIn: '3600',
      localId: expect.any(String),
    });
    const payload = JSON.parse(Buffer.from(session.idToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(payload).toMatchObject({ user_id: session.localId, provider_id: 'anonymous' });
  });

  it('answers 403 PERMISSION_DENIED without an API key', async () => {
    const response = await fetch(`${emulator.urls.firebaseSignUp}/identitytoolkit/v3/relyingparty/signupNewUser`, {
      method: 'POST',
      body: JSON.stringify({ clientType: 'CLIENT_TYPE_ANDROID' }),
    });
    expect(response.status).toBe(403);
    expect(await readJson(response)).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
  });

  it('answers 400 for a key other than the configured one', async () => {
    emulator.configure({ firebaseApiKey: 'the-only-key' });
    try {
      const response = await fetch(
        `${emulator.urls.firebaseSignUp}/identitytoolkit/v3/relyingparty/signupNewUser?key=other`,
        {
          method: 'POST',
          body: '{}',
        },
      );
      expect(response.status).toBe(400);
      expect(await readJson(response)).toMatchObject({
        error: { code: 400, message: 'API key not valid. Please pass a valid API key.' },
      });
    } finally {
      emulator.configure({ firebaseApiKey: undefined });
    }
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(
      `${emulator.urls.firebaseSignUp}/identitytoolkit/v3/relyingparty/signupNewUser?key=${API_KEY}`,
      {
        method: 'POST',
        body: 'not json',
      },
    );
    expect(response.status).toBe(400);
  });

  it('uses the configured token lifetime for expiresIn', async () => {
    emulator.configure({ tokenLifetimeSeconds: 120 });
    try {
      expect((await signUp(emulator)).expiresIn).toBe('120');
    } finally {
      emulator.configure({ tokenLifetimeSeconds: 3600 });
    }
  });
});

describe('securetoken refresh', () => {
  it('refreshes an urlencoded refresh token (as g4f sends it)', async () => {
    const session = await signUp(emulator);
    const response = await refresh(
      new URLSearchParams({ grant_type: 'refresh_token', refresh_token: session.refreshToken }),
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body).toEqual({
      access_token: expect.any(String),
      expires_in: '3600',
      token_type: 'Bearer',
      refresh_token: session.refreshToken,
      id_token: body.access_token,
      user_id: session.localId,
      project_id: expect.stringMatching(/^\d+$/),
    });
    expect(body.id_token).not.toBe(session.idToken);
  });

  it('accepts a JSON body too', async () => {
    const session = await signUp(emulator);
    const response = await refresh(
      JSON.stringify({ grant_type: 'refresh_token', refresh_token: session.refreshToken }),
      'application/json',
    );
    expect(response.status).toBe(200);
    expect((await readJson(response)).user_id).toBe(session.localId);
  });

  it('rejects an unknown refresh token with INVALID_REFRESH_TOKEN', async () => {
    const response = await refresh('grant_type=refresh_token&refresh_token=nope', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(400);
    expect(await readJson(response)).toEqual({
      error: { code: 400, message: 'INVALID_REFRESH_TOKEN', status: 'INVALID_ARGUMENT' },
    });
  });

  it('rejects a wrong grant type and a missing token', async () => {
    const wrongGrant = await refresh('grant_type=password&refresh_token=x', 'application/x-www-form-urlencoded');
    expect((await readJson(wrongGrant)).error.message).toBe('INVALID_GRANT_TYPE');
    const missing = await refresh('grant_type=refresh_token', 'application/x-www-form-urlencoded');
    expect((await readJson(missing)).error.message).toBe('MISSING_REFRESH_TOKEN');
  });

  it('requires the API key', async () => {
    const response = await refresh(
      'grant_type=refresh_token&refresh_token=x',
      'application/x-www-form-urlencoded',
      null,
    );
    expect(response.status).toBe(403);
  });
});
