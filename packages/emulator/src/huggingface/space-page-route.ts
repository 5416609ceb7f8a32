import type { RouteContext } from '../server/route-context.js';
import { findSpaceById } from '../spaces/space-catalog.js';
import { spacePageHtml } from './space-page-html.js';

/** GET /huggingface.co/spaces/{owner}/{name}: the Space page, issuing a ZeroGPU token and session uuid. */
export async function handleSpacePage({ ex, state, params }: RouteContext): Promise<void> {
  const space = findSpaceById(`${params[0] ?? ''}/${params[1] ?? ''}`);
  if (!space) {
    ex.html(
      404,
      "<!doctype html><html><body><h1>404</h1><p>Sorry, we can't find the page you are looking for.</p></body></html>",
    );
    return;
  }
  const expiresAt = state.now() + state.config.zeroGpuTokenLifetimeSeconds * 1000;
  const token = state.zeroGpu.issueToken(space.id, expiresAt, ex.header('cookie') ? 'cookie-user' : undefined);
  const sessionUuid = state.zeroGpu.issueSessionUuid();
  ex.html(200, spacePageHtml({ space, spaceUrl: state.urls.spaces[space.id], token, sessionUuid }));
}
