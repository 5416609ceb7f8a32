import { mockImageProvider, mockTextProvider } from '@g4f-kit/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../__fixtures__/test-runtime.js';
import { buildServer } from '../build-server.js';

describe('models routes', () => {
  let test: TestRuntime;
  let server: FastifyInstance;
  beforeEach(async () => {
    test = await createTestRuntime([
      mockTextProvider('Talker', 'hi', {
        label: 'Talker Chat',
        models: ['mock-chat', 'org/model-7b'],
        modelAliases: { fast: 'mock-chat' },
      }),
      mockImageProvider('Painter', { label: 'Painter Images' }),
      mockTextProvider('Retired', 'x', { working: false, models: ['old-model'], defaultModel: 'old-model' }),
    ]);
    server = await buildServer(test.runtime);
  });
  afterEach(async () => {
    await server.close();
    await test.cleanup();
  });

  it('GET /v1/models lists every working provider’s models, then the providers themselves', async () => {
    const response = await server.inject({ method: 'GET', url: '/v1/models' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.object).toBe('list');
    const byId = new Map(body.data.map((entry: { id: string }) => [entry.id, entry]));
    expect(byId.get('mock-chat')).toEqual({
      id: 'mock-chat',
      object: 'model',
      created: 0,
      owned_by: 'Talker Chat',
      image: false,
      vision: false,
      provider: false,
    });
    expect(byId.get('fast')).toMatchObject({ owned_by: 'Talker Chat', provider: false });
    expect(byId.get('org/model-7b')).toMatchObject({ owned_by: 'Talker Chat' });
    expect(byId.get('mock-image')).toMatchObject({ owned_by: 'Painter Images', image: true });
    expect(byId.get('Talker')).toMatchObject({ provider: true, owned_by: 'Talker Chat' });
    expect(byId.get('Painter')).toMatchObject({ provider: true, image: true });
    expect(byId.has('old-model')).toBe(false);
    expect(byId.has('Retired')).toBe(false);
  });

  it.each([
    ['mock-chat', 'Talker Chat'],
    ['org/model-7b', 'Talker Chat'],
    ['Painter', 'Painter Images'],
    ['Painter:mock-image', 'Painter Images'],
    ['Talker:fast', 'Talker Chat'],
  ])('GET /v1/models/%s', async (id, ownedBy) => {
    const response = await server.inject({ method: 'GET', url: `/v1/models/${id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id, object: 'model', created: 0, owned_by: ownedBy });
  });

  it('GET /v1/models/:id decodes percent-encoded ids', async () => {
    const response = await server.inject({ method: 'GET', url: '/v1/models/org%2Fmodel-7b' });
    expect(response.statusCode).toBe(200);
    expect(response.json().id).toBe('org/model-7b');
  });

  it.each(['gpt-17', 'Painter:nope', 'Nobody:mock-chat', 'old-model'])('GET /v1/models/%s → 404', async (id) => {
    const response = await server.inject({ method: 'GET', url: `/v1/models/${id}` });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      type: 'invalid_request_error',
      code: 'model_not_found',
      param: 'model',
    });
  });

  it('GET /api/:provider/models lists that provider’s models (case-insensitive name)', async () => {
    const response = await server.inject({ method: 'GET', url: '/api/painter/models' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      object: 'list',
      data: [
        {
          id: 'mock-image',
          object: 'model',
          created: 0,
          owned_by: 'Painter Images',
          image: true,
          vision: false,
          provider: false,
        },
      ],
    });
  });

  it('GET /api/:provider/models for an unknown provider → 404', async () => {
    const response = await server.inject({ method: 'GET', url: '/api/Nobody/models' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('provider_not_found');
  });
});
