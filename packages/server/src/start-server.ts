import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './build-server.js';
import { type CreateRuntimeOptions, createRuntime, type Runtime } from './create-runtime.js';

export interface StartServerOptions extends CreateRuntimeOptions {
  /** Default: `config.server.host` (`127.0.0.1`). */
  host?: string;
  /** Default: `config.server.port` (1337); 0 picks a free port. */
  port?: number;
  /** Default: `config.server.apiKey` (`G4F_API_KEY`). */
  apiKey?: string;
  /** Serve this runtime instead of creating one; the caller then closes it. */
  runtime?: Runtime;
  /** See `ServerOptions.shutdownGraceMs`. */
  shutdownGraceMs?: number;
  /** See `ServerOptions.trustProxy`. */
  trustProxy?: boolean;
}

export interface StartedServer {
  /** e.g. `http://127.0.0.1:1337`; the OpenAI base URL is `${url}/v1`. */
  url: string;
  server: FastifyInstance;
  runtime: Runtime;
  /**
   * Graceful: stops accepting connections, lets calls in flight finish within
   * the grace period then aborts them, then closes the runtime if this
   * function created it. Safe to call more than once.
   */
  close(): Promise<void>;
}

/** Creates a runtime (unless given one), builds the server and listens. */
export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const { host, port, apiKey, runtime: given, shutdownGraceMs, trustProxy, ...runtimeOptions } = options;
  const runtime = given ?? (await createRuntime(runtimeOptions));
  const closeRuntime = given ? async () => {} : () => runtime.close();
  let server: FastifyInstance | undefined;
  try {
    server = await buildServer(runtime, {
      ...(apiKey === undefined ? {} : { apiKey }),
      ...(shutdownGraceMs === undefined ? {} : { shutdownGraceMs }),
      ...(trustProxy === undefined ? {} : { trustProxy }),
    });
    await server.listen({ host: host ?? runtime.config.server.host, port: port ?? runtime.config.server.port });
  } catch (error) {
    await server?.close();
    await closeRuntime();
    throw error;
  }
  const listening = server;
  let closing: Promise<void> | undefined;
  return {
    url: urlOf(listening.server.address() as AddressInfo),
    server: listening,
    runtime,
    close: () => {
      closing ??= listening.close().then(closeRuntime);
      return closing;
    },
  };
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
