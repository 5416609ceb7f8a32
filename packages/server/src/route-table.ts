import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

const tables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Starts recording every route registered on `server` from now on. */
export function recordRoutes(server: FastifyInstance): void {
  const table: RouteEntry[] = [];
  tables.set(server, table);
  server.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) table.push({ method: method.toUpperCase(), url: route.url });
  });
}

/** Every route of a server built by `buildServer()`, HEAD twins included. */
export function routeTable(server: FastifyInstance): readonly RouteEntry[] {
  return tables.get(server) ?? [];
}
