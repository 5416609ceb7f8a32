import type { EmulatorState } from '../server/emulator-state.js';
import { HttpError } from '../server/http-error.js';
import type { HttpExchange } from '../server/http-exchange.js';
import type { RouteContext } from '../server/route-context.js';
import { findSpaceByHost } from '../spaces/space-catalog.js';
import { type ImageRef, parseImageFileName } from './generated-image.js';
import { GRADIO_CACHE_DIR } from './upload-store.js';

const IMMUTABLE = { 'cache-control': 'public, max-age=31536000, immutable' };

function sendImage(ex: HttpExchange, state: EmulatorState, ref: ImageRef): void {
  ex.send(200, state.pngs.get(ref.digest, ref.width, ref.height), 'image/png', IMMUTABLE);
}

/** GET /img-gen-prod.ai-arta.com/files/<digest>/image-<w>x<h>.png: an ARTA result image. */
export async function handleArtaFile({ ex, state, params }: RouteContext): Promise<void> {
  const ref = parseImageFileName(params[0] ?? '');
  if (!ref) throw new HttpError(404, { detail: 'Not Found' });
  sendImage(ex, state, ref);
}

/** GET /<space host>/gradio_api/file=<path>: an uploaded file or a generated image. */
export async function handleGradioFile({ ex, state, params }: RouteContext): Promise<void> {
  const [host = '', path = ''] = params;
  if (!findSpaceByHost(host)) throw new HttpError(404, { detail: 'Not Found' });
  const uploaded = state.uploads.get(path);
  if (uploaded) {
    ex.send(200, uploaded.bytes, uploaded.mimeType, IMMUTABLE);
    return;
  }
  const ref = path.startsWith(`${GRADIO_CACHE_DIR}/`)
    ? parseImageFileName(path.slice(GRADIO_CACHE_DIR.length + 1))
    : undefined;
  if (!ref) throw new HttpError(404, { detail: `File not found: ${path}` });
  sendImage(ex, state, ref);
}
