import { randomUUID } from 'node:crypto';
import { createFakeJwt } from '../util/fake-jwt.js';
import { LruCache } from '../util/lru-cache.js';

/** What g4f (copying the browser's JavaScript quirk) sends when it has no token or uuid. */
export const OBJECT_OBJECT = '[object Object]';

export type ZeroGpuCheck = 'valid' | 'anonymous' | 'invalid';

/** ZeroGPU tokens and session uuids issued by Space pages and the jwt endpoint. */
export class ZeroGpuTokenStore {
  private readonly tokens = new LruCache<string, { expiresAt: number }>({ maxEntries: 100_000 });
  private readonly sessionUuids = new LruCache<string, true>({ maxEntries: 100_000 });

  constructor(private readonly now: () => number) {}

  issueToken(space: string, expiresAt: number, user?: string): string {
    const token = createFakeJwt({
      onBehalfOf: user ?? 'anonymous',
      space,
      iat: Math.floor(this.now() / 1000),
      exp: Math.floor(expiresAt / 1000),
    });
    this.tokens.set(token, { expiresAt });
    return token;
  }

  issueSessionUuid(): string {
    const uuid = randomUUID();
    this.sessionUuids.set(uuid, true);
    return uuid;
  }

  /**
   * Classifies the `x-zerogpu-token` / `x-zerogpu-uuid` headers: `anonymous`
   * when the token is missing or `[object Object]`, `invalid` when it (or a
   * uuid other than `[object Object]`) was never issued or has expired.
   * Tokens are not tied to a Space: g4f's flux-schnell path uses the Janus
   * Space's token on another Space.
   */
  check(token: string | undefined, uuid: string | undefined): ZeroGpuCheck {
    if (uuid !== undefined && uuid !== OBJECT_OBJECT && !this.sessionUuids.has(uuid)) return 'invalid';
    if (token === undefined || token === '' || token === OBJECT_OBJECT) return 'anonymous';
    const record = this.tokens.get(token);
    if (!record || this.now() >= record.expiresAt) return 'invalid';
    return 'valid';
  }

  expireAll(): void {
    const past = this.now() - 1;
    for (const record of this.tokens.values()) record.expiresAt = Math.min(record.expiresAt, past);
  }
}
