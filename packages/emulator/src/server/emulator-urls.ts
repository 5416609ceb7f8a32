import { SPACE_LIST, type SpaceId } from '../spaces/space-catalog.js';
import { UPSTREAM_HOSTS } from './upstream-hosts.js';

/**
 * The base URL to use instead of each upstream's `https://<host>`: a client
 * swaps only the base and keeps every path as the real service has it.
 */
export interface EmulatorUrls {
  /** Instead of `https://www.googleapis.com` (Firebase signupNewUser). */
  firebaseSignUp: string;
  /** Instead of `https://securetoken.googleapis.com` (token refresh). */
  firebaseRefresh: string;
  /** Instead of `https://img-gen-prod.ai-arta.com`. */
  arta: string;
  /** Instead of `https://huggingface.co` (Space pages, ZeroGPU jwt). */
  huggingFace: string;
  /** Instead of each Space's `https://<owner>-<name>.hf.space`. */
  spaces: Record<SpaceId, string>;
}

export function buildEmulatorUrls(baseUrl: string): EmulatorUrls {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    firebaseSignUp: `${base}/${UPSTREAM_HOSTS.firebaseSignUp}`,
    firebaseRefresh: `${base}/${UPSTREAM_HOSTS.firebaseRefresh}`,
    arta: `${base}/${UPSTREAM_HOSTS.arta}`,
    huggingFace: `${base}/${UPSTREAM_HOSTS.huggingFace}`,
    spaces: Object.fromEntries(SPACE_LIST.map((space) => [space.id, `${base}/${space.host}`])) as Record<
      SpaceId,
      string
    >,
  };
}
