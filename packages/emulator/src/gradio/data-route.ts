import { hasFault } from '../faults/has-fault.js';
import { HttpError } from '../server/http-error.js';
import type { RouteContext } from '../server/route-context.js';
import { closeStreamMessage, heartbeatMessage } from './gradio-messages.js';
import { requireSpace } from './require-space.js';
import { unprocessable } from './unprocessable.js';
import { GPU_QUOTA_FAILURE } from './zero-gpu-failure.js';

/** What the emulator writes in place of one event under a `malformed` fault. */
export const BROKEN_SSE_LINE = 'data: {"msg": "process_generating", "output": {"data": [\n\n';

/**
 * GET /<space>/gradio_api/queue/data?session_hash=... -> `text/event-stream`
 * of `data: {json}` messages for every call of the session, a `heartbeat`
 * after `heartbeatMs` of silence, and `close_stream` once every call's
 * `process_completed` has been delivered.
 */
export async function handleGradioData({ ex, state, params, fault }: RouteContext): Promise<void> {
  requireSpace(params[0], ['flux-dev', 'janus']);
  const sessionHash = ex.url.searchParams.get('session_hash');
  if (!sessionHash) throw unprocessable('Field required: session_hash', ['query', 'session_hash']);
  const session = state.gradio.get(sessionHash);
  if (!session || session.idle) throw new HttpError(404, { detail: 'Session not found.' });
  if (hasFault(fault, 'gpuQuota')) for (const job of session.pending.values()) job.failure = GPU_QUOTA_FAILURE;

  ex.startEventStream();
  let brokeLine = false;
  while (!ex.signal.aborted) {
    const message = await session.next(state.config.heartbeatMs, ex.signal);
    if (ex.signal.aborted) return;
    if (!message) {
      ex.writeEvent(heartbeatMessage());
      continue;
    }
    const started = message.msg !== 'estimation' && message.msg !== 'process_starts';
    if (started && hasFault(fault, 'resetMidStream')) {
      ex.reset();
      return;
    }
    if (started && ex.malformed && !brokeLine) {
      ex.writeRaw(BROKEN_SSE_LINE);
      brokeLine = true;
    }
    if (message.msg !== 'process_completed') {
      ex.writeEvent(message);
      continue;
    }
    session.pending.delete(message.event_id ?? '');
    if (hasFault(fault, 'endWithoutCompleted')) {
      ex.res.end();
      return;
    }
    ex.writeEvent(message);
    if (session.pending.size === 0) {
      ex.writeEvent(closeStreamMessage());
      state.gradio.release(session);
      ex.res.end();
      return;
    }
  }
}
