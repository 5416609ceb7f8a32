import { G4FError, ImageResponse } from '@g4f-kit/core';
import { captureLogs } from '@g4f-kit/core/testing';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { describe, expect, it } from 'vitest';
import { statusPayload, submitPayload } from './__fixtures__/arta-payloads.js';
import {
  artaRoutes,
  buildArta,
  generate,
  manualClock,
  REFRESH,
  rejectionOf,
  SIGN_UP,
  STATUS,
  SUBMIT,
  TEST_WEB_KEY,
} from './__fixtures__/arta-test-env.js';
import { invalidApiKeyPayload, invalidRefreshTokenPayload } from './__fixtures__/firebase-payloads.js';

const server = useTestServer(artaRoutes());

/** Every token in the fixtures says "secret"; the web key is searched for by value. */
function expectNoSecrets(text: string): void {
  expect(text).not.toContain('secret');
  expect(text).not.toContain(TEST_WEB_KEY);
}

/** What an error shows: its message, URL and every cause's message. */
function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    parts.push(current.message, String((current as { url?: unknown }).url ?? ''));
  }
  return parts.join('\n');
}

describe('ARTA keeps credentials out of logs and errors', () => {
  it('logs a whole life cycle (sign-up, refresh, failed refresh, 401 re-auth) at trace level without a secret', async () => {
    const logs = captureLogs();
    const clock = manualClock();
    const { provider } = buildArta({ clock, logger: logs.logger });
    server.use({
      [SUBMIT]: [
        { type: 'json', body: submitPayload },
        { type: 'json', body: submitPayload },
        { type: 'error', status: 401, body: '{"detail":"Token expired"}' },
        { type: 'json', body: submitPayload },
      ],
      [STATUS]: { type: 'json', body: statusPayload('DONE') },
    });
    await generate(provider);
    clock.advance(31 * 60_000);
    await generate(provider);
    server.use({ [REFRESH]: { type: 'json', status: 400, body: invalidRefreshTokenPayload } });
    clock.advance(31 * 60_000);
    const chunks = await generate(provider);

    expect(chunks.at(-1)).toBeInstanceOf(ImageResponse);
    expect(server.callsTo(REFRESH)).toHaveLength(2);
    expect(server.callsTo(SIGN_UP)).toHaveLength(3);
    expect(logs.text).toContain('HTTP request');
    expect(logs.text).toContain('Token refresh failed');
    expect(logs.text).toContain('/identitytoolkit/v3/relyingparty/signupNewUser');
    expectNoSecrets(logs.text);
  });

  it('keeps the web key (a query parameter) out of a failed sign-up error and its log', async () => {
    const logs = captureLogs();
    server.use({ [SIGN_UP]: { type: 'json', status: 400, body: invalidApiKeyPayload } });
    const error = await rejectionOf(generate(buildArta({ logger: logs.logger }).provider));
    expect(G4FError.isInstance(error)).toBe(true);
    expect(error.message).toContain('API key not valid');
    expectNoSecrets(describeError(error));
    expectNoSecrets(logs.text);
  });

  it('keeps tokens out of the error when ARTA rejects them twice', async () => {
    server.use({ [SUBMIT]: { type: 'error', status: 401, body: '{"detail":"Invalid token"}' } });
    const logs = captureLogs();
    const error = await rejectionOf(generate(buildArta({ logger: logs.logger }).provider));
    expect(error.name).toBe('MissingAuthError');
    expectNoSecrets(describeError(error));
    expectNoSecrets(logs.text);
  });

  it('keeps tokens out of errors from the status poll', async () => {
    server.use({ [STATUS]: { type: 'json', body: statusPayload('FAILED') } });
    const error = await rejectionOf(generate(buildArta().provider));
    expectNoSecrets(describeError(error));
  });
});
