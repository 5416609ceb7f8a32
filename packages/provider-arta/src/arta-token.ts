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
});

export type ArtaToken = z.infer<typeof artaTokenSchema>;

/** The AuthStore key (and file name part) of ARTA's token. */
export const ARTA_AUTH_KEY = 'ARTA';
