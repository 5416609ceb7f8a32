import type { FastifyInstance } from 'fastify';
import type { OpenAIErrorBody } from './error-to-openai.js';
import type { InFlightCalls } from './in-flight-calls.js';

/** After the grace period, how long aborted calls get to answer before their connections are dropped. */
const FORCE_CLOSE_AFTER_MS = 1_000;

/**
 * Makes `server.close()` graceful: the listener stops accepting at once; a
 * request arriving on an open connection gets 503 (OpenAI's shape,
 * `Connection: close`); calls in flight get `graceMs` to finish, then are
 * aborted (their clients get 503, streams an in-band error). While closing, a
 * finished response also closes its keep-alive connection, so the server
 * does not wait for idle sockets to time out.
 */
export function registerGracefulClose(server: FastifyInstance, calls: InFlightCalls, graceMs: number): void {
  let closing = false;
  const timers: NodeJS.Timeout[] = [];

  server.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    const body: OpenAIErrorBody = {
      error: {
        message: 'The server is shutting down',
        type: 'server_error',
        param: null,
        code: 'server_shutting_down',
      },
    };
    return reply.code(503).header('connection', 'close').send(body);
  });
  server.addHook('onSend', async (_request, reply, payload) => {
    if (closing && !reply.raw.headersSent) reply.header('connection', 'close');
    return payload;
  });
  server.addHook('onResponse', async () => {
    if (closing) setImmediate(() => server.server.closeIdleConnections?.());
  });

  server.addHook('preClose', (done) => {
    closing = true;
    const abort = setTimeout(() => {
      if (calls.size > 0)
        server.log.warn({ calls: calls.size }, 'shutdown grace period over: aborting calls in flight');
      calls.abortAll();
      const force = setTimeout(() => server.server.closeAllConnections?.(), FORCE_CLOSE_AFTER_MS);
      force.unref();
      timers.push(force);
    }, graceMs);
    abort.unref();
    timers.push(abort);
    done();
  });
  server.addHook('onClose', (_instance, done) => {
    for (const timer of timers) clearTimeout(timer);
    calls.abortAll();
    done();
  });
}
