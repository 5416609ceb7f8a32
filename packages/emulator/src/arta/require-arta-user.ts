import type { EmulatorState } from '../server/emulator-state.js';
import { HttpError } from '../server/http-error.js';
import type { HttpExchange } from '../server/http-exchange.js';

/**
 * ARTA takes the Firebase id token raw in `Authorization` (no "Bearer").
 * Missing, unknown or expired -> 401. Returns the user's localId.
 */
export function requireArtaUser(ex: HttpExchange, state: EmulatorState): string {
  const token = ex.header('authorization');
  if (!token) throw new HttpError(401, { detail: 'Not authenticated' });
  const check = state.firebase.verify(token);
  if (!check.valid)
    throw new HttpError(401, { detail: check.reason === 'expired' ? 'Token expired' : 'Invalid token' });
  return check.localId;
}
