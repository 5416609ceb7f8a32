import type { FastifyInstance } from 'fastify';

const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';
const DEFAULT_ALLOWED_HEADERS = 'authorization, content-type, g4f-api-key';
const EXPOSED_HEADERS = 'retry-after, retry-after-ms, x-should-retry';

/**
 * CORS for browser clients: any origin (`*`), never with credentials, so a
 * page can call the API only with a key it holds itself, never with the
 * visitor's cookies. Preflights (`OPTIONS`) get 204 without the API key.
 * Registered before the API-key guard, so a 401 is readable by the page.
 */
export function registerCors(server: FastifyInstance): void {
  server.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', EXPOSED_HEADERS);
  });
  server.options('*', async (request, reply) => {
    const requested = request.headers['access-control-request-headers'];
    const allowHeaders = typeof requested === 'string' && /^[\w\-, ]+$/.test(requested) ? requested : undefined;
    return reply
      .code(204)
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', allowHeaders ?? DEFAULT_ALLOWED_HEADERS)
      .header('access-control-max-age', '86400')
      .send();
  });
}
