import { handleArtaStatus } from '../arta/status-route.js';
import { handleArtaSubmit } from '../arta/submit-route.js';
import { handleArtaFile, handleGradioFile } from '../files/file-routes.js';
import { handleRefresh } from '../firebase/refresh-route.js';
import { handleSignUp } from '../firebase/sign-up-route.js';
import { handleGradioData } from '../gradio/data-route.js';
import { handleGradioJoin } from '../gradio/join-route.js';
import { handleGradioPredict } from '../gradio/predict-route.js';
import { handleGradioUpload } from '../gradio/upload-route.js';
import { handleSpaceJwt } from '../huggingface/jwt-route.js';
import { handleSpacePage } from '../huggingface/space-page-route.js';
import type { RouteHandler } from './route-context.js';
import type { RouteName } from './route-names.js';

export interface RouteDefinition {
  readonly name: Exclude<RouteName, 'notFound'>;
  readonly method: 'GET' | 'POST';
  /** Matched against the decoded path; capture groups become `params`. */
  readonly pattern: RegExp;
  readonly handler: RouteHandler;
}

const SPACE = '([a-z0-9-]+\\.hf\\.space)';

/** Every route, keyed by the real host as the first path segment. */
export const ROUTES: readonly RouteDefinition[] = [
  {
    name: 'firebase.signUp',
    method: 'POST',
    pattern: /^\/www\.googleapis\.com\/identitytoolkit\/v3\/relyingparty\/signupNewUser$/,
    handler: handleSignUp,
  },
  {
    name: 'firebase.refresh',
    method: 'POST',
    pattern: /^\/securetoken\.googleapis\.com\/v1\/token$/,
    handler: handleRefresh,
  },
  {
    name: 'arta.submit',
    method: 'POST',
    pattern: /^\/img-gen-prod\.ai-arta\.com\/api\/v1\/text2image$/,
    handler: handleArtaSubmit,
  },
  {
    name: 'arta.status',
    method: 'GET',
    pattern: /^\/img-gen-prod\.ai-arta\.com\/api\/v1\/text2image\/([^/]+)\/status$/,
    handler: handleArtaStatus,
  },
  { name: 'file', method: 'GET', pattern: /^\/img-gen-prod\.ai-arta\.com\/files\/(.+)$/, handler: handleArtaFile },
  {
    name: 'hf.page',
    method: 'GET',
    pattern: /^\/huggingface\.co\/spaces\/([^/]+)\/([^/]+)\/?$/,
    handler: handleSpacePage,
  },
  {
    name: 'hf.jwt',
    method: 'GET',
    pattern: /^\/huggingface\.co\/api\/spaces\/([^/]+)\/([^/]+)\/jwt$/,
    handler: handleSpaceJwt,
  },
  {
    name: 'gradio.join',
    method: 'POST',
    pattern: new RegExp(`^/${SPACE}/gradio_api/queue/join$`),
    handler: handleGradioJoin,
  },
  {
    name: 'gradio.data',
    method: 'GET',
    pattern: new RegExp(`^/${SPACE}/gradio_api/queue/data$`),
    handler: handleGradioData,
  },
  {
    name: 'gradio.upload',
    method: 'POST',
    pattern: new RegExp(`^/${SPACE}/gradio_api/upload$`),
    handler: handleGradioUpload,
  },
  { name: 'file', method: 'GET', pattern: new RegExp(`^/${SPACE}/gradio_api/file=(.+)$`), handler: handleGradioFile },
  {
    name: 'gradio.predict',
    method: 'POST',
    pattern: new RegExp(`^/${SPACE}/run/predict/?$`),
    handler: handleGradioPredict,
  },
];

export type RouteMatch = { route: RouteDefinition; params: string[] } | { route: undefined; methodNotAllowed: boolean };

/** The route for this method and path (already percent-decoded). */
export function matchRoute(method: string, path: string): RouteMatch {
  let methodNotAllowed = false;
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method === method || (route.method === 'GET' && method === 'HEAD'))
      return { route, params: match.slice(1) };
    methodNotAllowed = true;
  }
  return { route: undefined, methodNotAllowed };
}
