import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../route-context.js';
import { isSafeMediaName, mediaContentType, resolveMediaPath } from './media-file-name.js';

/**
 * `GET /media/:file` serves generated images from the media directory. Open
 * without the API key (see `PUBLIC_ROUTES`). Names are checked before any
 * file-system access and the resolved path must stay inside the directory.
 * Files never change once saved, so they are cached for a year and
 * revalidated with an ETag.
 */
export function registerMediaRoutes(server: FastifyInstance, { mediaDir }: RouteContext): void {
  server.get<{ Params: { file: string } }>('/media/:file', async (request, reply) => {
    const name = request.params.file;
    if (!isSafeMediaName(name)) return reply.code(400).send(notFound('Invalid media file name', 'invalid_file_name'));
    let path: string | undefined;
    try {
      path = await resolveMediaPath(mediaDir, name);
    } catch {
      path = undefined;
    }
    const info = path === undefined ? undefined : await stat(path).catch(() => undefined);
    if (path === undefined || !info?.isFile())
      return reply.code(404).send(notFound('Media file not found', 'not_found'));

    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    reply
      .header('etag', etag)
      .header('last-modified', info.mtime.toUTCString())
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff');
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type(mediaContentType(name)).header('content-length', String(info.size)).send(createReadStream(path));
  });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

function notFound(message: string, code: string) {
  return { error: { message, type: 'invalid_request_error', param: 'file', code } };
}
