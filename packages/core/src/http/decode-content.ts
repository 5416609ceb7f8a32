import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** The content codings of a content-encoding header, outermost last; identity dropped. */
export function contentCodings(encoding: string | string[] | undefined): string[] {
  if (encoding === undefined) return [];
  return (Array.isArray(encoding) ? encoding.join(',') : encoding)
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

/**
 * A whole body with its content codings undone (gzip, deflate, br), as fetch
 * would; codings it does not know are left alone, as fetch leaves them.
 * Throws zlib's error on a corrupt body.
 */
export function decodeContent(bytes: Uint8Array, encoding: string | string[] | undefined): Uint8Array {
  if (encoding === undefined) return bytes;
  let decoded = bytes;
  for (const coding of contentCodings(encoding).reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoded = gunzipSync(decoded);
    else if (coding === 'deflate') decoded = inflateSync(decoded);
    else if (coding === 'br') decoded = brotliDecompressSync(decoded);
  }
  return decoded;
}
