import { realpath } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** A plain file name: letters, digits, `_`, `-`, `.`; no separators, no leading dot, no `..`. */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/;

/**
 * Whether `name` (already URL-decoded) can only denote a file directly inside
 * the media directory. Rejects `..`, `/`, `\`, NUL, percent signs left over
 * from double encoding, and dot files (the store's unfinished `.part` files).
 */
export function isSafeMediaName(name: string): boolean {
  return SAFE_NAME.test(name) && !name.includes('..');
}

/**
 * The absolute path of `name` inside `directory`, or undefined if it would
 * leave it, also through a symbolic link. Throws ENOENT when absent.
 */
export async function resolveMediaPath(directory: string, name: string): Promise<string | undefined> {
  if (!isSafeMediaName(name)) return undefined;
  const root = await realpath(directory);
  const candidate = resolve(root, name);
  if (!candidate.startsWith(root + sep)) return undefined;
  const real = await realpath(candidate);
  return real.startsWith(root + sep) ? real : undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
};

/** The content type of a saved image, from its extension. */
export function mediaContentType(name: string): string {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}
