import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { G4FError } from '../errors/g4f-error.js';
import type { HttpClient } from '../http/http-client.js';

export interface DownloadOptions {
  /** Used in the file name, so files stay recognisable. */
  alt?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  proxy?: string;
}

const EXTENSION_BY_TYPE: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'image/avif': '.avif',
};
const KNOWN_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif']);

/**
 * Saves generated images into a local media directory. Downloads stream into a
 * temporary file that is renamed only when complete, so a failed or aborted
 * download leaves no partial file behind.
 */
export class MediaStore {
  readonly directory: string;

  constructor(
    private readonly http: HttpClient,
    directory: string,
  ) {
    this.directory = resolve(directory);
  }

  /** Downloads `url` (http(s) or data:) and returns the saved file's absolute path. */
  async save(url: string, options: DownloadOptions = {}): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const stem = fileStem(url, options.alt);
    const temporary = join(this.directory, `.${stem}.${randomBytes(4).toString('hex')}.part`);
    try {
      let contentType: string | null = null;
      if (url.startsWith('data:')) {
        const { bytes, mimeType } = decodeDataUri(url);
        contentType = mimeType;
        await pipeline(Readable.from([bytes]), createWriteStream(temporary, { mode: 0o644 }));
      } else {
        assertHttpUrl(url);
        const response = await this.http.request(url, requestOptions(options, 'media download'));
        contentType = response.headers.get('content-type');
        if (!response.body) throw new G4FError(`Media download returned no body: ${safeUrl(url)}`);
        const source = Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
        await pipeline(
          source,
          createWriteStream(temporary, { mode: 0o644 }),
          options.signal ? { signal: options.signal } : {},
        );
      }
      const extension = extensionFromUrl(url) ?? extensionFromType(contentType) ?? (await sniffExtension(temporary));
      const target = join(this.directory, `${stem}${extension}`);
      await rename(temporary, target);
      return target;
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** The image's bytes as base64, without touching the disk. */
  async toBase64(url: string, options: DownloadOptions = {}): Promise<string> {
    if (url.startsWith('data:')) return Buffer.from(decodeDataUri(url).bytes).toString('base64');
    assertHttpUrl(url);
    const bytes = await this.http.bytes(url, requestOptions(options, 'media download'));
    return Buffer.from(bytes).toString('base64');
  }
}

function requestOptions(options: DownloadOptions, operation: string) {
  return {
    operation,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.proxy ? { proxy: options.proxy } : {}),
  };
}

function fileStem(url: string, alt = ''): string {
  const slug = alt
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 16);
  return [Date.now(), slug || 'image', hash].join('_');
}

function assertHttpUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new G4FError(`Not a valid media URL: ${safeUrl(url)}`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new G4FError(`Refusing to download media over ${protocol} (only http, https and data: URLs)`);
  }
}

function decodeDataUri(uri: string): { bytes: Uint8Array; mimeType: string } {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(uri);
  if (!match) throw new G4FError('Malformed data: URI');
  const [, mimeType = '', isBase64, payload = ''] = match;
  const bytes = isBase64 ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload));
  return { bytes, mimeType };
}

function extensionFromUrl(url: string): string | undefined {
  if (url.startsWith('data:')) return undefined;
  try {
    const extension = extname(new URL(url).pathname).toLowerCase();
    return KNOWN_EXTENSIONS.has(extension) ? extension : undefined;
  } catch {
    return undefined;
  }
}

function extensionFromType(contentType: string | null): string | undefined {
  if (!contentType) return undefined;
  return EXTENSION_BY_TYPE[contentType.split(';')[0]?.trim().toLowerCase() ?? ''];
}

async function sniffExtension(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(12), 0, 12, 0);
    if (buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return '.png';
    if (buffer[0] === 0xff && buffer[1] === 0xd8) return '.jpg';
    if (buffer.subarray(0, 4).toString('latin1') === 'RIFF' && buffer.subarray(8, 12).toString('latin1') === 'WEBP') {
      return '.webp';
    }
    if (buffer.subarray(0, 3).toString('latin1') === 'GIF') return '.gif';
    return '.bin';
  } finally {
    await handle.close();
  }
}

function safeUrl(url: string): string {
  return url.startsWith('data:') ? 'data:…' : url.replace(/[?#].*$/, '');
}
