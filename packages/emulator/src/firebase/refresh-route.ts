import type { RouteContext } from '../server/route-context.js';
import { checkApiKey } from './check-api-key.js';
import { FIREBASE_PROJECT_NUMBER } from './firebase-token-store.js';
import { googleError } from './google-error.js';

async function readParams(ctx: RouteContext): Promise<Record<string, unknown>> {
  const { ex } = ctx;
  if ((ex.header('content-type') ?? '').includes('json')) {
    const body = await ex.readJson(() => googleError(400, 'Invalid JSON payload received.', 'INVALID_ARGUMENT'));
    return body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  }
  return Object.fromEntries(new URLSearchParams((await ex.readBody()).toString('utf8')));
}

/**
 * POST /securetoken.googleapis.com/v1/token?key=K with
 * `grant_type=refresh_token&refresh_token=R` (urlencoded or JSON).
 */
export async function handleRefresh(ctx: RouteContext): Promise<void> {
  const { ex, state } = ctx;
  checkApiKey(ex, state.config);
  const params = await readParams(ctx);
  if (params.grant_type !== 'refresh_token') throw googleError(400, 'INVALID_GRANT_TYPE', 'INVALID_ARGUMENT');
  const refreshToken = params.refresh_token;
  if (typeof refreshToken !== 'string' || refreshToken === '')
    throw googleError(400, 'MISSING_REFRESH_TOKEN', 'INVALID_ARGUMENT');
  const lifetime = state.config.tokenLifetimeSeconds;
  const session = state.firebase.refresh(refreshToken, lifetime);
  if (!session) throw googleError(400, 'INVALID_REFRESH_TOKEN', 'INVALID_ARGUMENT');
  ex.json(200, {
    access_token: session.idToken,
    expires_in: String(lifetime),
    token_type: 'Bearer',
    refresh_token: session.refreshToken,
    id_token: session.idToken,
    user_id: session.localId,
    project_id: FIREBASE_PROJECT_NUMBER,
  });
}
