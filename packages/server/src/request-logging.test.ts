import { captureLogs, mockAuthErrorProvider, mockTextProvider } from '@g4f-kit/core/testing';
import { describe, expect, it } from 'vitest';
import { createTestRuntime } from './__fixtures__/test-runtime.js';
import { buildServer } from './build-server.js';

const SERVER_KEY = 'sk-server-secret-0123456789';
const PROVIDER_KEY = 'provider-secret-abcdef';

describe('request logging', () => {
  it('uses the runtime’s pino logger and never logs the API key or provider credentials', async () => {
    const logs = captureLogs();
    const test = await createTestRuntime(
      [mockTextProvider('Talker'), mockAuthErrorProvider('Locked', { models: ['locked'] })],
      {
        logger: logs.logger,
      },
    );
    const server = await buildServer(test.runtime, { apiKey: SERVER_KEY });
    const headers = { authorization: `Bearer ${SERVER_KEY}`, 'g4f-api-key': SERVER_KEY, cookie: 'session=abc' };
    await server.inject({ method: 'GET', url: '/v1/models', headers });
    await server.inject({
      method: 'GET',
      url: '/v1/models',
      headers: { authorization: 'Bearer wrong-but-secret-key' },
    });
    await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers,
      body: { messages: [{ role: 'user', content: 'hi' }], api_key: PROVIDER_KEY },
    });
    await server.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers,
      body: { messages: [{ role: 'user', content: 'hi' }], model: 'locked', api_key: PROVIDER_KEY },
    });
    await server.close();
    await test.cleanup();

    const output = logs.text;
    expect(output).toContain('incoming request');
    expect(output).toContain('request completed');
    expect(output).toContain('request failed');
    expect(output).not.toContain(SERVER_KEY);
    expect(output).not.toContain('wrong-but-secret-key');
    expect(output).not.toContain(PROVIDER_KEY);
    expect(output).not.toContain('session=abc');
  });

  it('logs through the logger given in the server options', async () => {
    const logs = captureLogs();
    const test = await createTestRuntime([mockTextProvider('Talker')]);
    const server = await buildServer(test.runtime, { logger: logs.logger });
    await server.inject({ method: 'GET', url: '/v1/providers' });
    await server.close();
    await test.cleanup();
    expect(logs.text).toContain('/v1/providers');
  });
});
