import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../__fixtures__/test-runtime.js';
import { buildServer } from '../build-server.js';
import { isSafeMediaName } from './media-file-name.js';

const SECRET = 'TOP-SECRET-CONTENTS';

describe('GET /media/:file', () => {
  let test: TestRuntime;
  let server: FastifyInstance;
  let mediaDir: string;
  beforeEach(async () => {
    test = await createTestRuntime([]);
    mediaDir = test.runtime.config.mediaDir;
    await mkdir(mediaDir, { recursive: true });
    await writeFile(join(mediaDir, '1700000000000_a-cat_0123456789abcdef.png'), Buffer.from('png-bytes'));
    await writeFile(join(mediaDir, 'photo.jpg'), Buffer.from('jpg-bytes'));
    await writeFile(join(mediaDir, '.unfinished.part'), Buffer.from('partial'));
    await writeFile(join(test.dir, 'secret.txt'), SECRET);
    await symlink(join(test.dir, 'secret.txt'), join(mediaDir, 'link.png'));
    server = await buildServer(test.runtime);
  });
  afterEach(async () => {
    await server.close();
    await test.cleanup();
  });

  it('is open without the API key when one is set (names are unguessable; <img> sends no headers)', async () => {
    const guarded = await buildServer(test.runtime, { apiKey: 'server-key' });
    try {
      expect((await guarded.inject({ method: 'GET', url: '/media/photo.jpg' })).statusCode).toBe(200);
      expect((await guarded.inject({ method: 'GET', url: '/v1/models' })).statusCode).toBe(401);
    } finally {
      await guarded.close();
    }
  });

  it('serves a saved image with its content type and cache headers', async () => {
    const response = await server.inject({ method: 'GET', url: '/media/1700000000000_a-cat_0123456789abcdef.png' });
    expect(response.statusCode).toBe(200);
    expect(response.payload).toBe('png-bytes');
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-length']).toBe('9');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(response.headers['last-modified']).toBeTypeOf('string');
    const jpeg = await server.inject({ method: 'GET', url: '/media/photo.jpg' });
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const url = '/media/photo.jpg';
    const { etag } = (await server.inject({ method: 'GET', url })).headers;
    const again = await server.inject({ method: 'GET', url, headers: { 'if-none-match': String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.payload).toBe('');
    const changed = await server.inject({ method: 'GET', url, headers: { 'if-none-match': '"other"' } });
    expect(changed.statusCode).toBe(200);
  });

  it('answers HEAD without a body', async () => {
    const response = await server.inject({ method: 'HEAD', url: '/media/photo.jpg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.payload).toBe('');
  });

  it('answers 404 for a file that does not exist', async () => {
    const response = await server.inject({ method: 'GET', url: '/media/missing.png' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it.each([
    '/media/..%2fsecret.txt',
    '/media/..%2Fsecret.txt',
    '/media/%2e%2e%2fsecret.txt',
    '/media/%2E%2E%2Fsecret.txt',
    '/media/%2e%2e',
    '/media/..',
    '/media/../secret.txt',
    '/media/..%5csecret.txt',
    '/media/..\\secret.txt',
    '/media/%5c..%5csecret.txt',
    '/media/%2Fetc%2Fpasswd',
    '/media//etc/passwd',
    '/media/%252e%252e%252fsecret.txt',
    '/media/secret.txt%00.png',
    '/media/.unfinished.part',
    '/media/link.png',
    '/media/',
    '/media/%20',
  ])('refuses %s with 400/404 and never reads outside the media dir', async (url) => {
    const response = await server.inject({ method: 'GET', url });
    expect([400, 404]).toContain(response.statusCode);
    expect(response.payload).not.toContain(SECRET);
    expect(response.payload).not.toContain('root:');
    expect(response.payload).not.toContain('partial');
  });

  it('checks names before touching the file system', () => {
    expect(isSafeMediaName('1700000000000_a-cat_0123456789abcdef.png')).toBe(true);
    for (const name of ['..', '../x', 'a/b', 'a\\b', '/etc/passwd', 'x\0.png', '.hidden', 'a..b', '%2e%2e', '', ' ']) {
      expect(isSafeMediaName(name)).toBe(false);
    }
  });
});
