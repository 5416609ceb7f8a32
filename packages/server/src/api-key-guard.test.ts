import * as crypto from 'node:crypto';
import { mockImageProvider, mockTextProvider } from '@g4f-kit/core/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestRuntime, type TestRuntime } from './__fixtures__/test-runtime.js';
import { keysMatch, PUBLIC_ROUTES } from './api-key-guard.js';
import { buildServer } from './build-server.js';
import { createRuntime } from './create-runtime.js';
import { routeTable } from './route-table.js';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const KEY = 'correct-horse-battery-staple';

/** A request that would succeed on `route` with the right key. */
function requestFor(method: string, url: string): InjectOptions {
  const provider = url.includes('images') ? 'Painter' : 'Talker';
  const path = url
    .replace(':provider', provider)
    .replace(':id', 'Talker')
    .replace(':file', 'x.png')
    .replace('*', 'mock-chat');
  const body = path.includes('images')
    ? { prompt: 'a cat' }
    : path.includes('chat')
      ? { messages: [{ role: 'user', content: 'hi' }] }
      : undefined;
  return { method: method as InjectOptions['method'], url: path, ...(body ? { body } : {}) };
}

describe('API key guard', () => {
  let test: TestRuntime;
  let server: FastifyInstance;
  beforeAll(async () => {
    test = await createTestRuntime([mockTextProvider('Talker'), mockImageProvider('Painter')]);
    server = await buildServer(test.runtime, { apiKey: KEY });
    await server.ready();
  });
  afterAll(async () => {
    await server.close();
    await test.cleanup();
  });

  it('the route table holds every API route (so the checks below are not vacuous)', () => {
    const routes = routeTable(server).map(({ method, url }) => `${method} ${url}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /v1/models',
        'GET /v1/models/*',
        'GET /api/:provider/models',
        'GET /v1/providers',
        'GET /v1/providers/:id',
        'POST /v1/images/generations',
        'POST /api/:provider/images/generations',
        'POST /v1/chat/completions',
        'POST /api/:provider/chat/completions',
        'GET /media/:file',
      ]),
    );
  });

  it('every route but the public ones and CORS preflight needs the key; /v1 and /api have none public', async () => {
    const guarded = routeTable(server).filter(({ method, url }) => method !== 'OPTIONS' && !PUBLIC_ROUTES.has(url));
    expect(guarded.length).toBeGreaterThanOrEqual(9);
    expect([...PUBLIC_ROUTES].filter((url) => url.startsWith('/v1') || url.startsWith('/api'))).toEqual([]);
    for (const { method, url } of guarded) {
      const request = requestFor(method, url);
      const label = `${method} ${url}`;

      const missing = await server.inject(request);
      expect(missing.statusCode, label).toBe(401);
      expect(missing.headers['www-authenticate'], label).toBe('Bearer');
      const hasBody = method !== 'HEAD';
      if (hasBody) {
        expect(missing.json(), label).toEqual({
          error: { message: expect.any(String), type: 'authentication_error', param: null, code: 'missing_api_key' },
        });
      }

      for (const headers of [
        { authorization: 'Bearer wrong-key' },
        { 'g4f-api-key': 'wrong-key' },
        { authorization: `Bearer ${KEY}x` },
        { authorization: `Basic ${KEY}` },
      ]) {
        const wrong = await server.inject({ ...request, headers });
        expect(wrong.statusCode, `${label} ${JSON.stringify(headers)}`).toBe(401);
      }
      if (hasBody) {
        const basic = await server.inject({ ...request, headers: { authorization: `Basic ${KEY}` } });
        expect(basic.json().error.code, label).toBe('missing_api_key');
        const wrong = await server.inject({ ...request, headers: { 'g4f-api-key': 'nope' } });
        expect(wrong.json().error.code, label).toBe('invalid_api_key');
      }

      for (const headers of [
        { authorization: `Bearer ${KEY}` },
        { 'g4f-api-key': KEY },
        { authorization: `bearer ${KEY}` },
      ]) {
        const right = await server.inject({ ...request, headers });
        expect(right.statusCode, `${label} ${JSON.stringify(Object.keys(headers))}`).not.toBe(401);
        expect(right.statusCode, label).toBeLessThan(400);
      }
    }
  });

  it('unknown paths need the key too (no hint of what exists)', async () => {
    expect((await server.inject({ method: 'GET', url: '/v1/secret-admin' })).statusCode).toBe(401);
    expect((await server.inject({ method: 'GET', url: '/v1/models/x/models' })).statusCode).toBe(401);
    const known = await server.inject({ method: 'GET', url: '/v1/nothing', headers: { 'g4f-api-key': KEY } });
    expect(known.statusCode).toBe(404);
    expect(known.json().error.code).toBe('unknown_route');
  });

  it('lets CORS preflights through without the key', async () => {
    const response = await server.inject({
      method: 'OPTIONS',
      url: '/v1/chat/completions',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-headers']).toBe('authorization, content-type');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('a 401 still carries the CORS header, so a browser page can read it', async () => {
    const response = await server.inject({
      method: 'GET',
      url: '/v1/models',
      headers: { origin: 'https://a.example' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('compares keys in constant time over equal-length digests', async () => {
    const timingSafeEqual = vi.mocked(crypto.timingSafeEqual);
    timingSafeEqual.mockClear();
    await server.inject({ method: 'GET', url: '/v1/models', headers: { authorization: 'Bearer short' } });
    expect(timingSafeEqual).toHaveBeenCalled();
    for (const [a, b] of timingSafeEqual.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
    expect(keysMatch('a', 'a-much-longer-key')).toBe(false);
    expect(keysMatch(KEY, KEY)).toBe(true);
  });
});

describe('API key configuration', () => {
  it('is open when no key is configured', async () => {
    const test = await createTestRuntime([mockTextProvider('Talker')]);
    const server = await buildServer(test.runtime);
    expect((await server.inject({ method: 'GET', url: '/v1/models' })).statusCode).toBe(200);
    await server.close();
    await test.cleanup();
  });

  it('reads G4F_API_KEY through the runtime config; the apiKey option wins over it', async () => {
    const test = await createTestRuntime([mockTextProvider('Talker')]);
    const runtime = await createRuntime({
      builtins: false,
      cwd: test.dir,
      env: { G4F_API_KEY: 'from-env' },
      overrides: { logLevel: 'silent' },
    });
    const fromEnv = await buildServer(runtime);
    expect((await fromEnv.inject({ method: 'GET', url: '/v1/models' })).statusCode).toBe(401);
    const ok = await fromEnv.inject({ method: 'GET', url: '/v1/models', headers: { 'g4f-api-key': 'from-env' } });
    expect(ok.statusCode).toBe(200);
    const fromOption = await buildServer(runtime, { apiKey: 'from-cli' });
    const old = await fromOption.inject({ method: 'GET', url: '/v1/models', headers: { 'g4f-api-key': 'from-env' } });
    expect(old.statusCode).toBe(401);
    const cli = await fromOption.inject({
      method: 'GET',
      url: '/v1/models',
      headers: { authorization: 'Bearer from-cli' },
    });
    expect(cli.statusCode).toBe(200);
    await fromEnv.close();
    await fromOption.close();
    await runtime.close();
    await test.cleanup();
  });
});
