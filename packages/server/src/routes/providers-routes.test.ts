import { mockImageProvider, mockTextProvider } from '@g4f-kit/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../__fixtures__/test-runtime.js';
import { buildServer } from '../build-server.js';

describe('providers routes', () => {
  let test: TestRuntime;
  let server: FastifyInstance;
  beforeEach(async () => {
    test = await createTestRuntime([
      mockTextProvider('Talker', 'hi', { label: 'Talker Chat', modelAliases: { fast: 'mock-chat' } }),
      mockImageProvider('Painter'),
      mockTextProvider('Retired', 'x', { working: false }),
    ]);
    server = await buildServer(test.runtime);
  });
  afterEach(async () => {
    await server.close();
    await test.cleanup();
  });

  it('GET /v1/providers lists the working providers', async () => {
    const response = await server.inject({ method: 'GET', url: '/v1/providers' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      { id: 'Talker', object: 'provider', created: 0, url: 'https://mock.invalid', label: 'Talker Chat' },
      { id: 'Painter', object: 'provider', created: 0, url: 'https://mock.invalid', label: 'Painter' },
    ]);
  });

  it('GET /v1/providers/:id describes one provider', async () => {
    const response = await server.inject({ method: 'GET', url: '/v1/providers/painter' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: 'Painter',
      object: 'provider',
      label: 'Painter',
      url: 'https://mock.invalid',
      working: true,
      models: ['mock-image'],
      image_models: ['mock-image'],
      vision_models: [],
      params: expect.arrayContaining(['model', 'prompt']),
    });
    const talker = (await server.inject({ method: 'GET', url: '/v1/providers/Talker' })).json();
    expect(talker).toMatchObject({ models: ['mock-chat'], image_models: [], model_aliases: { fast: 'mock-chat' } });
  });

  it('GET /v1/providers/:id shows a registered provider that is not working, flagged', async () => {
    const response = await server.inject({ method: 'GET', url: '/v1/providers/Retired' });
    expect(response.json()).toMatchObject({ id: 'Retired', working: false });
  });

  it('GET /v1/providers/:id for an unknown provider → 404', async () => {
    const response = await server.inject({ method: 'GET', url: '/v1/providers/Nobody' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'provider_not_found', param: 'provider' });
  });
});
