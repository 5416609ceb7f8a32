import type { RouteContext } from '../server/route-context.js';
import { checkApiKey } from './check-api-key.js';
import { googleError } from './google-error.js';

/**
 * POST /www.googleapis.com/identitytoolkit/v3/relyingparty/signupNewUser?key=K
 * with `{"clientType":"CLIENT_TYPE_ANDROID"}`: a new anonymous user.
 */
export async function handleSignUp({ ex, state }: RouteContext): Promise<void> {
  checkApiKey(ex, state.config);
  const body = await ex.readJson(() => googleError(400, 'Invalid JSON payload received.', 'INVALID_ARGUMENT'));
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw googleError(400, 'Invalid JSON payload received. Expected an object.', 'INVALID_ARGUMENT');
  }
  const lifetime = state.config.tokenLifetimeSeconds;
  const session = state.firebase.signUp(lifetime);
  ex.json(200, {
    kind: 'identitytoolkit#SignupNewUserResponse',
    idToken: session.idToken,
    refreshToken: session.refreshToken,
    expiresIn: String(lifetime),
    localId: session.localId,
  });
}
