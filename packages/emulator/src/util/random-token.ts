import { randomBytes } from 'node:crypto';

/** A random URL-safe token of `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A random lowercase hex string of `bytes` bytes. */
export function randomHex(bytes = 16): string {
  return randomBytes(bytes).toString('hex');
}
