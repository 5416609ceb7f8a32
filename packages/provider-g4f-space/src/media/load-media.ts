import { type HttpClient, InvalidOptionsError, type MediaInput } from '@g4f-kit/core';
import { sniffImageMime } from './sniff-image-mime.js';

/** An input image, ready to upload. */
export interface LoadedMedia {
  bytes: Uint8Array;
  name: string;
  mimeType: string | null;
}

export interface LoadMediaOptions {
  signal?: AbortSignal | undefined;
  proxy?: string | undefined;
  requestTimeoutMs?: number | undefined;
  providerName?: string | undefined;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/**
 * The bytes of an input image: raw bytes as they are, a `data:` URI decoded,
 * an http(s) URL downloaded. The type is sniffed from the bytes, else taken
 * from the input; a missing name becomes `image.<ext>`.
 */
export async function loadMedia(
  input: MediaInput,
  http: HttpClient,
  options: LoadMediaOptions = {},
): Promise<LoadedMedia> {
  const { bytes, declaredType } = await readBytes(input, http, options);
  const mimeType = sniffImageMime(bytes) ?? input.mimeType ?? declaredType ?? null;
  const name = input.name ?? `image.${(mimeType && EXTENSIONS[mimeType]) || 'bin'}`;
  return { bytes, name, mimeType };
}

async function readBytes(
  input: MediaInput,
  http: HttpClient,
  options: LoadMediaOptions,
): Promise<{ bytes: Uint8Array; declaredType?: string }> {
  const { data } = input;
  if (typeof data !== 'string') return { bytes: data };
  const dataUri = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s.exec(data);
  if (dataUri) {
    const [, type, parameters = '', payload = ''] = dataUri;
    const bytes = parameters.includes(';base64')
      ? new Uint8Array(Buffer.from(payload, 'base64'))
      : new TextEncoder().encode(decodeURIComponent(payload));
    return { bytes, ...(type ? { declaredType: type } : {}) };
  }
  if (/^https?:\/\//i.test(data)) {
    const bytes = await http.bytes(data, {
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.proxy === undefined ? {} : { proxy: options.proxy }),
      ...(options.requestTimeoutMs === undefined ? {} : { timeoutMs: options.requestTimeoutMs }),
      operation: `${options.providerName ?? 'Space'} image download`,
    });
    return { bytes };
  }
  throw new InvalidOptionsError(
    [{ field: 'media', message: 'must be bytes, a data: URI or an http(s) URL' }],
    options.providerName,
  );
}
