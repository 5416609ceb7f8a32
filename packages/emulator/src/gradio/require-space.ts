import { HttpError } from '../server/http-error.js';
import { findSpaceByHost, type SpaceInfo, type SpaceKind } from '../spaces/space-catalog.js';

/** The Space served at this host prefix, if it is of one of these kinds; else 404. */
export function requireSpace(host: string | undefined, kinds: readonly SpaceKind[]): SpaceInfo {
  const space = findSpaceByHost(host ?? '');
  if (!space || !kinds.includes(space.kind)) throw new HttpError(404, { detail: 'Not Found' });
  return space;
}
