import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../route-context.js';

/** `GET /v1/providers` (the working ones) and `GET /v1/providers/:id` (any registered one). */
export function registerProvidersRoutes(server: FastifyInstance, { runtime }: RouteContext): void {
  server.get('/v1/providers', async () =>
    runtime.registry
      .list()
      .filter((entry) => entry.provider.metadata.working)
      .map(({ name, provider }) => ({
        id: name,
        object: 'provider',
        created: 0,
        url: provider.metadata.url,
        label: provider.metadata.label || name,
      })),
  );

  server.get<{ Params: { id: string } }>('/v1/providers/:id', async (request) => {
    const provider = runtime.registry.get(request.params.id);
    const { metadata, catalogue } = provider;
    return {
      id: provider.name,
      object: 'provider',
      created: 0,
      url: metadata.url,
      label: metadata.label || provider.name,
      working: metadata.working,
      needs_auth: metadata.needsAuth,
      supports_stream: metadata.supportsStream,
      default_model: catalogue.defaultModel || null,
      models: unique([catalogue.defaultModel, ...catalogue.models, ...catalogue.imageModels]),
      image_models: unique([catalogue.defaultImageModel ?? '', ...catalogue.imageModels]),
      vision_models: unique([catalogue.defaultVisionModel ?? '', ...catalogue.visionModels]),
      model_aliases: catalogue.modelAliases,
      params: [...metadata.parameters],
    };
  });
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name !== ''))];
}
