/**
 * Firebase answers as the real services send them (field names, string
 * lifetimes, snake_case on the Secure Token side). Token values say "secret"
 * so leak checks can search for them.
 */

/** `POST identitytoolkit/v3/relyingparty/signupNewUser` → 200. */
export function signUpPayload(serial: number) {
  return {
    kind: 'identitytoolkit#SignupNewUserResponse',
    idToken: `eyJhbGciOiJSUzI1NiJ9.secret-id-token-${serial}.sig`,
    refreshToken: `AMf-secret-refresh-token-${serial}`,
    expiresIn: '3600',
    localId: `anon-user-${serial}`,
  };
}

/** `POST v1/token` (refresh_token grant) → 200. */
export function refreshPayload(serial: number) {
  return {
    access_token: `eyJhbGciOiJSUzI1NiJ9.secret-refreshed-id-token-${serial}.sig`,
    expires_in: '3600',
    token_type: 'Bearer',
    refresh_token: `AMf-secret-refreshed-refresh-token-${serial}`,
    id_token: `eyJhbGciOiJSUzI1NiJ9.secret-refreshed-id-token-${serial}.sig`,
    user_id: 'anon-user-1',
    project_id: '713239656313',
  };
}

/** `POST v1/token` with a revoked or unknown refresh token → 400. */
export const invalidRefreshTokenPayload = {
  error: { code: 400, message: 'INVALID_REFRESH_TOKEN', status: 'INVALID_ARGUMENT' },
};

/** `signupNewUser` with a key Firebase does not know → 400. */
export const invalidApiKeyPayload = {
  error: {
    code: 400,
    message: 'API key not valid. Please pass a valid API key.',
    errors: [{ message: 'API key not valid. Please pass a valid API key.', domain: 'global', reason: 'badRequest' }],
    status: 'INVALID_ARGUMENT',
  },
};
