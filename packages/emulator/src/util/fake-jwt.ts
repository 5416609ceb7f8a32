import { randomToken } from './random-token.js';

function encodeSegment(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * A JWT-shaped string (`header.payload.signature`, base64url) whose signature
 * is random bytes. Clients may decode the payload as they would a real one;
 * only the emulator can validate it (by remembering it).
 */
export function createFakeJwt(payload: Record<string, unknown>, kid = 'g4f-kit-emulator'): string {
  return `${encodeSegment({ alg: 'RS256', kid, typ: 'JWT' })}.${encodeSegment(payload)}.${randomToken(64)}`;
}
