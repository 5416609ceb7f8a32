import type { RouteContext } from '../server/route-context.js';
import { requireSpace } from './require-space.js';
import { unprocessable } from './unprocessable.js';

/**
 * POST /<space>/gradio_api/upload?upload_id=... multipart with one or more
 * `files` parts -> the JSON list of server paths (`/tmp/gradio/<sha256>/<name>`),
 * later served by /gradio_api/file=<path>.
 */
export async function handleGradioUpload({ ex, state, params }: RouteContext): Promise<void> {
  requireSpace(params[0], ['flux-dev', 'janus', 'g4f-flux']);
  if (!(ex.header('content-type') ?? '').startsWith('multipart/form-data')) {
    throw unprocessable('Expected multipart/form-data with "files" parts', ['body', 'files']);
  }
  let form: FormData;
  try {
    form = await ex.readForm();
  } catch {
    throw unprocessable('Malformed multipart body', ['body', 'files']);
  }
  const files = form.getAll('files').filter((entry) => typeof entry !== 'string');
  if (files.length === 0) throw unprocessable('Field required: files', ['body', 'files']);
  const paths: string[] = [];
  for (const file of files) {
    const bytes = Buffer.from(await file.arrayBuffer());
    paths.push(state.uploads.put(bytes, file.name || 'file', file.type || 'application/octet-stream'));
  }
  ex.json(200, paths);
}
