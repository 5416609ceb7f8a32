import { hasFault } from '../faults/has-fault.js';
import type { RouteContext } from '../server/route-context.js';
import { randomHex } from '../util/random-token.js';
import { SPACE_ENDPOINTS } from './endpoints/space-endpoints.js';
import { requireSpace } from './require-space.js';
import { runGradioJob } from './run-gradio-job.js';
import { unprocessable } from './unprocessable.js';
import { GPU_QUOTA_FAILURE, zeroGpuFailure } from './zero-gpu-failure.js';

interface JoinBody {
  data: unknown[];
  fn_index: number;
  trigger_id?: number | null;
  session_hash: string;
  event_data?: unknown;
}

function parseJoinBody(body: unknown): JoinBody {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw unprocessable('Input should be an object');
  const record = body as Record<string, unknown>;
  if (!Array.isArray(record.data)) throw unprocessable('Field required: data (a list)', ['body', 'data']);
  if (typeof record.fn_index !== 'number' || !Number.isInteger(record.fn_index))
    throw unprocessable('Field required: fn_index (an integer)', ['body', 'fn_index']);
  if (typeof record.session_hash !== 'string' || record.session_hash === '') {
    throw unprocessable('Field required: session_hash (a string)', ['body', 'session_hash']);
  }
  const trigger = record.trigger_id;
  if (trigger !== undefined && trigger !== null && (typeof trigger !== 'number' || !Number.isInteger(trigger))) {
    throw unprocessable('trigger_id must be an integer or null', ['body', 'trigger_id']);
  }
  return record as unknown as JoinBody;
}

/**
 * POST /<space>/gradio_api/queue/join?__theme=light with
 * `{data, event_data, fn_index, trigger_id, session_hash}` -> `{event_id}`.
 * The call then runs and its messages wait for /gradio_api/queue/data.
 */
export async function handleGradioJoin({ ex, state, params, fault }: RouteContext): Promise<void> {
  const space = requireSpace(params[0], ['flux-dev', 'janus']);
  const body = parseJoinBody(await ex.readJson(() => unprocessable('JSON decode error', ['body'])));
  const endpoint = SPACE_ENDPOINTS[space.kind].find((candidate) => candidate.fnIndex === body.fn_index);
  if (!endpoint)
    throw unprocessable(`fn_index ${body.fn_index} is not a function of ${space.id}`, ['body', 'fn_index']);
  if (body.trigger_id !== undefined && body.trigger_id !== null && body.trigger_id !== endpoint.triggerId) {
    throw unprocessable(
      `trigger_id ${body.trigger_id} does not trigger fn_index ${endpoint.fnIndex} (expected ${endpoint.triggerId})`,
      ['body', 'trigger_id'],
    );
  }
  const prepared = endpoint.prepare(body.data);
  if (typeof prepared === 'string') throw unprocessable(`${endpoint.name}: ${prepared}`, ['body', 'data']);

  const config = state.config;
  const plan = prepared.plan({ spaceUrl: state.urls.spaces[space.id], config, uploads: state.uploads });
  const session = state.gradio.getOrCreate(body.session_hash);
  const job = {
    eventId: randomHex(16),
    failure: hasFault(fault, 'gpuQuota') ? GPU_QUOTA_FAILURE : zeroGpuFailure(ex, state),
  };
  session.pending.set(job.eventId, job);
  const timing = {
    queueSteps: config.gradioQueueSteps,
    queueStepMs: config.gradioQueueStepMs,
    generationTimeMs: config.gradioGenerationTimeMs,
    logs: config.gradioLogs,
  };
  const prompt = firstString(body.data);
  const recordCompletion = (): void =>
    state.completions.record({ kind: 'gradio.queue', id: job.eventId, prompt, finishedAt: state.now() });
  runGradioJob(job, session, plan, timing, state.shutdown, recordCompletion).catch((error: unknown) => {
    state.logger.error({ err: error, eventId: job.eventId }, 'Gradio job failed');
  });
  ex.json(200, { event_id: job.eventId });
}

/** The prompt of every queued function here: its first string input. */
function firstString(data: readonly unknown[]): string {
  return data.find((value): value is string => typeof value === 'string') ?? '';
}
