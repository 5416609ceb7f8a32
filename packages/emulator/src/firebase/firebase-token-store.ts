import { createFakeJwt } from '../util/fake-jwt.js';
import { LruCache } from '../util/lru-cache.js';
import { randomToken } from '../util/random-token.js';

/** The Firebase project the emulated ARTA app signs users into. */
export const FIREBASE_PROJECT_ID = 'emulated-ai-arta';
/** What securetoken's refresh answers as `project_id` (a project number). */
export const FIREBASE_PROJECT_NUMBER = '713239656559';

export interface FirebaseSession {
  idToken: string;
  refreshToken: string;
  localId: string;
}

export type IdTokenCheck = { valid: true; localId: string } | { valid: false; reason: 'unknown' | 'expired' };

/**
 * Anonymous Firebase accounts: the id tokens issued (with their expiry) and
 * the refresh tokens (which never expire, as with Firebase).
 */
export class FirebaseTokenStore {
  private readonly idTokens = new LruCache<string, { localId: string; expiresAt: number }>({ maxEntries: 100_000 });
  private readonly refreshTokens = new LruCache<string, string>({ maxEntries: 100_000 });

  constructor(private readonly now: () => number) {}

  /** Creates an anonymous user and its first tokens. */
  signUp(lifetimeSeconds: number): FirebaseSession {
    const localId = randomToken(21).replace(/[-_]/g, 'x').slice(0, 28);
    const refreshToken = `AMf-vB${randomToken(96)}`;
    this.refreshTokens.set(refreshToken, localId);
    return { idToken: this.issueIdToken(localId, lifetimeSeconds), refreshToken, localId };
  }

  /** A new id token for a known refresh token; undefined when the refresh token is unknown. */
  refresh(refreshToken: string, lifetimeSeconds: number): FirebaseSession | undefined {
    const localId = this.refreshTokens.get(refreshToken);
    if (localId === undefined) return undefined;
    return { idToken: this.issueIdToken(localId, lifetimeSeconds), refreshToken, localId };
  }

  verify(idToken: string): IdTokenCheck {
    const record = this.idTokens.get(idToken);
    if (!record) return { valid: false, reason: 'unknown' };
    if (this.now() >= record.expiresAt) return { valid: false, reason: 'expired' };
    return { valid: true, localId: record.localId };
  }

  /** Makes every id token issued so far expired (refresh tokens stay valid). */
  expireAll(): void {
    const past = this.now() - 1;
    for (const record of this.idTokens.values()) record.expiresAt = Math.min(record.expiresAt, past);
  }

  private issueIdToken(localId: string, lifetimeSeconds: number): string {
    const issuedAt = this.now();
    const iat = Math.floor(issuedAt / 1000);
    const token = createFakeJwt({
      provider_id: 'anonymous',
      iss: `https://securetoken.google.com/${FIREBASE_PROJECT_ID}`,
      aud: FIREBASE_PROJECT_ID,
      auth_time: iat,
      user_id: localId,
      sub: localId,
      iat,
      exp: iat + Math.ceil(lifetimeSeconds),
      firebase: { identities: {}, sign_in_provider: 'anonymous' },
    });
    this.idTokens.set(token, { localId, expiresAt: issuedAt + lifetimeSeconds * 1000 });
    return token;
  }
}
