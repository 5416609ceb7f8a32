import type { Clock, HttpClient } from '@g4f-kit/core';
import { joinUrl } from '@g4f-kit/core';
import { z } from 'zod';
import { type ArtaToken, tokenIssuer } from './arta-token.js';

/** Where the Firebase calls go; a subset of the ARTA settings. */
export interface FirebaseEndpoints {
  signUpBaseUrl: string;
  refreshBaseUrl: string;
  firebaseApiKey: string;
}

export interface FirebaseCallOptions {
  proxy?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Firebase id tokens live one hour; used when an answer leaves the lifetime out. */
const DEFAULT_LIFETIME_SECONDS = 3600;

/** Seconds, sent as a string ("3600") by Firebase; a number is accepted too. */
const lifetimeSeconds = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number of seconds')
    .transform(Number)
    .refine((seconds) => seconds > 0, 'must be positive'),
]);

/** `signupNewUser` answer: `{kind, idToken, refreshToken, expiresIn: "3600", localId}`. */
const signUpResponseSchema = z
  .object({
    idToken: z.string().min(1),
    refreshToken: z.string().min(1).optional(),
    expiresIn: lifetimeSeconds.optional(),
    localId: z.string().optional(),
  })
  .loose();

/** Secure Token answer, in snake_case: `{id_token, refresh_token, expires_in: "3600", user_id, …}`. */
const refreshResponseSchema = z
  .object({
    id_token: z.string().min(1),
    refresh_token: z.string().min(1).optional(),
    expires_in: lifetimeSeconds.optional(),
    user_id: z.string().optional(),
  })
  .loose();

/** A new anonymous Firebase user, as ARTA's Android app creates one. */
export async function signUpAnonymously(
  http: HttpClient,
  endpoints: FirebaseEndpoints,
  clock: Clock,
  options: FirebaseCallOptions = {},
): Promise<ArtaToken> {
  const answer = await http.json(
    joinUrl(endpoints.signUpBaseUrl, 'identitytoolkit/v3/relyingparty/signupNewUser'),
    signUpResponseSchema,
    {
      query: { key: endpoints.firebaseApiKey },
      json: { clientType: 'CLIENT_TYPE_ANDROID' },
      operation: 'ARTA sign-up',
      proxy: options.proxy,
      signal: options.signal,
    },
  );
  const issuedAt = clock.now();
  return {
    idToken: answer.idToken,
    ...(answer.refreshToken === undefined ? {} : { refreshToken: answer.refreshToken }),
    ...(answer.localId === undefined ? {} : { localId: answer.localId }),
    issuedAt,
    expiresAt: issuedAt + (answer.expiresIn ?? DEFAULT_LIFETIME_SECONDS) * 1000,
    issuer: tokenIssuer(endpoints),
  };
}

/** Renews the id token of the same anonymous user with its refresh token. */
export async function refreshAnonymousToken(
  http: HttpClient,
  endpoints: FirebaseEndpoints,
  clock: Clock,
  current: ArtaToken,
  options: FirebaseCallOptions = {},
): Promise<ArtaToken> {
  if (current.refreshToken === undefined) throw new Error('The stored ARTA token has no refresh token');
  const answer = await http.json(joinUrl(endpoints.refreshBaseUrl, 'v1/token'), refreshResponseSchema, {
    query: { key: endpoints.firebaseApiKey },
    form: { grant_type: 'refresh_token', refresh_token: current.refreshToken },
    operation: 'ARTA token refresh',
    proxy: options.proxy,
    signal: options.signal,
  });
  const issuedAt = clock.now();
  const lifetimeMs = answer.expires_in === undefined ? current.expiresAt - current.issuedAt : answer.expires_in * 1000;
  const localId = answer.user_id ?? current.localId;
  return {
    idToken: answer.id_token,
    refreshToken: answer.refresh_token ?? current.refreshToken,
    ...(localId === undefined ? {} : { localId }),
    issuedAt,
    expiresAt: issuedAt + (lifetimeMs > 0 ? lifetimeMs : DEFAULT_LIFETIME_SECONDS * 1000),
    issuer: current.issuer,
  };
}
