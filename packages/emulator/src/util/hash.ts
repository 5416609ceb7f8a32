import { createHash } from 'node:crypto';

/** SHA-256 of the parts joined by NUL, as 64 lowercase hex characters. */
export function sha256Hex(...parts: ReadonlyArray<string | number>): string {
  return createHash('sha256').update(parts.map(String).join('\0')).digest('hex');
}

/** A non-negative 31-bit integer derived from the parts (for seeds). */
export function hashToInt(...parts: ReadonlyArray<string | number>): number {
  return Number.parseInt(sha256Hex(...parts).slice(0, 8), 16) & 0x7fffffff;
}
