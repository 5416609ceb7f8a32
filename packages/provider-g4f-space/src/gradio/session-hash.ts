import { randomInt, randomUUID } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A queue session id as Gradio's browser client makes it: a uuid4 in hex, no dashes. */
export function newSessionHash(): string {
  return randomUUID().replace(/-/g, '');
}

/** A short session id for the legacy `/run/predict` route: `length` characters of `[a-z0-9]`. */
export function newShortSessionHash(length = 10): string {
  let hash = '';
  for (let index = 0; index < length; index += 1) hash += ALPHABET[randomInt(ALPHABET.length)];
  return hash;
}
