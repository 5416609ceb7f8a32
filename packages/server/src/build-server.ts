import { resolve } from 'node:path';
import type { Logger } from '@g4f-kit/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerApiKeyGuard } from './api-key-guard.js';
import { registerCors } from './cors.js';
import type { Runtime } from './create-runtime.js';
import { errorToOpenAI, type OpenAIErrorBody } from './error-to-openai.js';
import { registerGracefulClose } from './graceful-close.js';
import { InFlightCalls } from './in-flight-calls.js';
import type { RouteContext } from './route-context.js';
import { recordRoutes } from './route-table.js';
import { registerChatRoutes } from './routes/chat-routes.js';
import { registerImagesRoutes } from './routes/images-routes.js';
import { registerMediaRoutes } from './routes/media-routes.js';
import { registerModelsRoutes } from './routes/models-routes.js';
import { registerProvidersRoutes } from './routes/providers-routes.js';

export interface ServerOptions {
  /** Required from every client when set; defaults to `runtime.config.server.apiKey` (`G4F_API_KEY`). */
  apiKey?: string;
  /** Larger request bodies get 413; defaults to `runtime.config.server.bodyLimitBytes`. */
  bodyLimitBytes?: number;
  /** Fastify's logger; defaults to the runtime's (pino, credentials redacted). */
  logger?: Logger;
  /** How long `close()` lets calls in flight finish before aborting them. Default 10 s. */
  shutdownGraceMs?: number;
  /** Trust `X-Forwarded-*` (behind a reverse proxy) for the media URLs' origin. Default false. */
  trustProxy?: boolean;
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/**
 * The OpenAI-compatible API over a runtime's client, with every route
 * registered but not listening (use `inject()`, or `listen()` /
 * `startServer()`). `close()` is graceful: it stops accepting connections,
 * lets calls in flight finish for `shutdownGraceMs`, then aborts them.
 */
export async function buildServer(runtime: Runtime, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    loggerInstance: options.logger ?? runtime.logger,
    bodyLimit: options.bodyLimitBytes ?? runtime.config.server.bodyLimitBytes,
    trustProxy: options.trustProxy ?? false,
    // graceful-close.ts answers requests that arrive while closing, in OpenAI's error shape.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;
  recordRoutes(server);

  const calls = new InFlightCalls();
  const context: RouteContext = {
    runtime,
    mediaDir: resolve(runtime.config.mediaDir),
    signalFor: (reply) => calls.signalFor(reply),
  };

  server.setErrorHandler((error, request, reply) => {
    const mapped = errorToOpenAI(error);
    // A client that hung up is not a server problem; nobody reads this answer.
    const clientGone = reply.raw.destroyed;
    const level = clientGone || mapped.status < 500 ? 'info' : mapped.status === 500 ? 'error' : 'warn';
    request.log[level]({ err: error, statusCode: mapped.status }, 'request failed');
    return reply.code(mapped.status).headers(mapped.headers).send(mapped.body);
  });
  server.setNotFoundHandler((request, reply) => {
    const body: OpenAIErrorBody = {
      error: {
        message: `Unknown route: ${request.method} ${request.url.split('?')[0]}`,
        type: 'invalid_request_error',
        param: null,
        code: 'unknown_route',
      },
    };
    return reply.code(404).header('x-should-retry', 'false').send(body);
  });

  registerCors(server);
  registerGracefulClose(server, calls, options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
  registerApiKeyGuard(server, options.apiKey ?? runtime.config.server.apiKey);
  registerModelsRoutes(server, context);
  registerProvidersRoutes(server, context);
  registerImagesRoutes(server, context);
  registerChatRoutes(server, context);
  registerMediaRoutes(server, context);
  return server;
}
