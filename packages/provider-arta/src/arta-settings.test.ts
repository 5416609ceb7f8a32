import { createContainer, DEFAULT_POLL_SCHEDULE, InvalidConfigError, joinUrl, MemoryAuthStore } from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { artaPlugin } from './arta-plugin.js';
import { ARTA_FIREBASE_WEB_KEY, resolveArtaSettings } from './arta-settings.js';

function configError(run: () => unknown): InvalidConfigError {
  try {
    run();
  } catch (error) {
    if (InvalidConfigError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidConfigError');
}

describe('resolveArtaSettings', () => {
  it('defaults to the real hosts and the public web key', () => {
    expect(resolveArtaSettings(undefined)).toEqual({
      signUpBaseUrl: 'https://www.googleapis.com',
      refreshBaseUrl: 'https://securetoken.googleapis.com',
      apiBaseUrl: 'https://img-gen-prod.ai-arta.com',
      firebaseApiKey: ARTA_FIREBASE_WEB_KEY,
      deadlineMs: 300_000,
    });
  });

  it('takes config.providers.ARTA, then settings given in code over it, merging poll field by field', () => {
    const settings = resolveArtaSettings(
      { apiBaseUrl: 'http://127.0.0.1:9000/img-gen-prod.ai-arta.com', deadlineMs: 60_000, poll: { steadyMs: 400 } },
      { deadlineMs: 30_000, poll: { maxMs: 1000 }, signUpBaseUrl: undefined },
    );
    expect(settings).toMatchObject({
      signUpBaseUrl: 'https://www.googleapis.com',
      apiBaseUrl: 'http://127.0.0.1:9000/img-gen-prod.ai-arta.com',
      deadlineMs: 30_000,
      poll: { steadyMs: 400, maxMs: 1000 },
    });
  });

  it('names a misspelt config key', () => {
    const error = configError(() => resolveArtaSettings({ apiBaseURL: 'http://x.test' }));
    expect(error.issues[0]?.field).toBe('providers.ARTA');
    expect(error.message).toContain('apiBaseURL');
  });

  it.each([
    [{ signUpBaseUrl: 'not a url' }, 'providers.ARTA.signUpBaseUrl'],
    [{ apiBaseUrl: 'ftp://x.test' }, 'providers.ARTA.apiBaseUrl'],
    [{ firebaseApiKey: '' }, 'providers.ARTA.firebaseApiKey'],
    [{ deadlineMs: 0 }, 'providers.ARTA.deadlineMs'],
    [{ poll: { initialMs: -1 } }, 'providers.ARTA.poll.initialMs'],
    [{ poll: { steadyMs: 9000 } }, 'providers.ARTA.poll.steadyMs'],
  ])('rejects %j naming %s', (layer, field) => {
    expect(configError(() => resolveArtaSettings(layer)).issues[0]?.field).toBe(field);
  });

  it('names a bad value given in code without the config prefix', () => {
    const error = configError(() => resolveArtaSettings({}, { deadlineMs: -5 }));
    expect(error.issues[0]?.field).toBe('deadlineMs');
    expect(error.source).toBe('ARTA settings');
  });

  it('checks the merged poll schedule too', () => {
    const error = configError(() => resolveArtaSettings({ poll: { steadyMs: 1500 } }, { poll: { maxMs: 1000 } }));
    expect(error.issues[0]?.field).toBe('poll.steadyMs');
  });

  it('never repeats the web key in an error', () => {
    const error = configError(() => resolveArtaSettings({ firebaseApiKey: 42 }));
    expect(error.message).not.toContain('42');
  });

  it('makes the container fail at start on invalid ARTA config', () => {
    const error = configError(() =>
      createContainer({
        plugins: [artaPlugin],
        authStore: new MemoryAuthStore(),
        config: { logLevel: 'silent', providers: { ARTA: { deadlineMs: 'soon' } } },
      }),
    );
    expect(error.issues[0]?.field).toBe('providers.ARTA.deadlineMs');
  });

  it('uses core’s default poll schedule when none is configured', () => {
    expect(resolveArtaSettings({}).poll).toBeUndefined();
    expect(DEFAULT_POLL_SCHEDULE.maxMs).toBe(2000);
  });
});

describe('joinUrl', () => {
  it.each([
    ['https://www.googleapis.com', 'identitytoolkit/v3/x', 'https://www.googleapis.com/identitytoolkit/v3/x'],
    ['http://127.0.0.1:8080/www.googleapis.com', '/v1/token', 'http://127.0.0.1:8080/www.googleapis.com/v1/token'],
    [
      'http://127.0.0.1:8080/img-gen-prod.ai-arta.com//',
      'api/v1/text2image',
      'http://127.0.0.1:8080/img-gen-prod.ai-arta.com/api/v1/text2image',
    ],
  ])('%s + %s', (base, path, joined) => {
    expect(joinUrl(base, path)).toBe(joined);
  });
});
