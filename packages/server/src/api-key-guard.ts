import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OpenAIErrorBody } from './error-to-openai.js';

/**
 * Routes anyone may call without the key: generated media, whose file names
 * are unguessable and which browsers load from `<img src>` (no headers).
 * Everything else, unknown paths included, needs the key when one is set.
 */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set(['/media/:file']);

/** Compares two keys in constant time (over equal-length SHA-256 digests). */
export function keysMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The keys a request presents: the `g4f-api-key` header and an `Authorization: Bearer` token. */
export function presentedKeys(request: FastifyRequest): string[] {
  const keys: string[] = [];
  const header = request.headers['g4f-api-key'];
  const g4fKey = Array.isArray(header) ? header[0] : header;
  if (g4fKey) keys.push(g4fKey.trim());
  const authorization = request.headers.authorization;
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (bearer) keys.push(bearer);
  return keys.filter((key) => key !== '');
}

/**
 * Requires `apiKey` on every route but {@link PUBLIC_ROUTES} and CORS
 * preflights. Unlike g4f, nothing ending in `/models` is exempt.
 */
export function registerApiKeyGuard(server: FastifyInstance, apiKey: string | undefined): void {
  if (!apiKey) return;
  server.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') return;
    const route = request.routeOptions.url;
    if (route !== undefined && PUBLIC_ROUTES.has(route)) return;
    const keys = presentedKeys(request);
    if (keys.length === 0) {
      return deny(
        reply,
        'missing_api_key',
        'An API key is required: send "Authorization: Bearer <key>" or "g4f-api-key: <key>"',
      );
    }
    // Check every presented key, so timing does not tell which one was tried.
    const matches = keys.map((key) => keysMatch(key, apiKey));
    if (!matches.includes(true)) return deny(reply, 'invalid_api_key', 'Invalid API key');
  });
}

function deny(reply: FastifyReply, code: string, message: string): FastifyReply {
  const body: OpenAIErrorBody = { error: { message, type: 'authentication_error', param: null, code } };
  return reply.code(401).header('www-authenticate', 'Bearer').header('x-should-retry', 'false').send(body);
}
