import { HttpError } from '../server/http-error.js';
import type { RouteContext } from '../server/route-context.js';
import { findSpaceById } from '../spaces/space-catalog.js';

const DEFAULT_EXPIRATION_MS = 10 * 60 * 1000;

/**
 * GET /huggingface.co/api/spaces/{owner}/{name}/jwt?expiration=<ISO>&include_pro_status=true:
 * a ZeroGPU token for a signed-in user (any cookie, or `Authorization: Bearer hf_...`), else 401.
 */
export async function handleSpaceJwt({ ex, state, params }: RouteContext): Promise<void> {
  const space = findSpaceById(`${params[0] ?? ''}/${params[1] ?? ''}`);
  if (!space) throw new HttpError(404, { error: 'Repository not found' });
  const authorization = ex.header('authorization') ?? '';
  const signedIn = Boolean(ex.header('cookie')?.trim()) || /^Bearer hf_\S+$/.test(authorization);
  if (!signedIn) throw new HttpError(401, { error: 'Invalid credentials in Authorization header' });
  const expiration = ex.url.searchParams.get('expiration');
  const now = state.now();
  const expiresAt = expiration === null ? now + DEFAULT_EXPIRATION_MS : Date.parse(expiration);
  if (Number.isNaN(expiresAt)) throw new HttpError(400, { error: `Invalid expiration: ${expiration}` });
  if (expiresAt <= now) throw new HttpError(400, { error: 'Expiration must be in the future' });
  ex.json(200, { token: state.zeroGpu.issueToken(space.id, expiresAt, 'signed-in-user') });
}
