import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The anonymous Firebase credential ARTA takes, as kept in the AuthStore under
 * `ARTA` (`auth_ARTA.json` in a FileAuthStore). Times are epoch milliseconds:
 * the expiry is absolute, never inferred from a file's age. A file g4f wrote
 * (no `expiresAt`) reads as absent and is replaced after a new sign-up.
 */
export const artaTokenSchema = z.object({
  idToken: z.string().min(1),
  refreshToken: z.string().min(1).optional(),
  /** The anonymous user's id. */
  localId: z.string().optional(),
  issuedAt: z.number().finite(),
  expiresAt: z.number().finite(),
  /**
   * Which Firebase project and host issued it (`tokenIssuer()`): a token made
   * by a local emulator must never be sent to the real service, nor the
   * reverse, though both live in the same auth store.
   */
  issuer: z.string().min(1),
});

export type ArtaToken = z.infer<typeof artaTokenSchema>;

/** Identifies where a token came from: the sign-up host and the Firebase web key. */
export function tokenIssuer(endpoints: { signUpBaseUrl: string; firebaseApiKey: string }): string {
  // A digest, not the key itself: credentials stay out of files they don't need to be in.
  const key = createHash('sha256').update(endpoints.firebaseApiKey).digest('hex').slice(0, 12);
  return `${endpoints.signUpBaseUrl.replace(/\/+$/, '')}#${key}`;
}

/** The token schema for one issuer: a stored token from any other reads as absent. */
export function artaTokenSchemaFor(issuer: string) {
  return artaTokenSchema.refine((token) => token.issuer === issuer, {
    message: 'issued by another ARTA endpoint',
    path: ['issuer'],
  });
}

/** The AuthStore key (and file name part) of ARTA's token. */
export const ARTA_AUTH_KEY = 'ARTA';
