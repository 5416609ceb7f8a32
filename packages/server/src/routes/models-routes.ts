import { ModelNotFoundError } from '@g4f-kit/core';
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../route-context.js';
import { findModelEntry, listModelEntries, providerModelEntries } from './model-entries.js';

/**
 * `GET /v1/models`, `GET /v1/models/:id` (a wildcard: ids may hold `/` or
 * `:`, as in `Provider:model`) and `GET /api/:provider/models`.
 */
export function registerModelsRoutes(server: FastifyInstance, { runtime }: RouteContext): void {
  server.get('/v1/models', async () => ({ object: 'list', data: listModelEntries(runtime.registry) }));

  server.get<{ Params: { '*': string } }>('/v1/models/*', async (request) => {
    const id = request.params['*'];
    const entry = findModelEntry(runtime.registry, id);
    if (!entry) throw new ModelNotFoundError(id, []);
    return { id: entry.id, object: entry.object, created: entry.created, owned_by: entry.owned_by };
  });

  server.get<{ Params: { provider: string } }>('/api/:provider/models', async (request) => {
    const provider = runtime.registry.get(request.params.provider);
    return { object: 'list', data: providerModelEntries(provider) };
  });
}
