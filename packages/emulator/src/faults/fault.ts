import type { RouteName } from '../server/route-names.js';

interface FaultBase {
  /** How many requests this fault affects before it heals; omitted = until cleared. */
  times?: number;
}

/** Answer with this HTTP status (and `Retry-After` / a body) instead of the real response. */
export interface StatusFault extends FaultBase {
  status: number;
  retryAfterSeconds?: number;
  /** A string is sent as text/plain, anything else as JSON. Default: a JSON error naming the fault. */
  body?: unknown;
}

/** Wait this long, then answer normally. */
export interface LatencyFault extends FaultBase {
  latencyMs: number;
}

/** Never answer; the socket stays open until the client gives up or the emulator closes. */
export interface HangFault extends FaultBase {
  hang: true;
}

/** Answer 200 with a broken body: truncated JSON / HTML / PNG, or a broken `data:` line in an SSE stream. */
export interface MalformedFault extends FaultBase {
  malformed: true;
}

/** ARTA (`arta.submit` or `arta.status`): the job ends with status `FAILED`. */
export interface FailJobFault extends FaultBase {
  failJob: true;
}

/**
 * Gradio (`gradio.join`, `gradio.data`, `gradio.predict`): the job fails with
 * the ZeroGPU quota error (`process_completed` with `success:false`; 500 for
 * `/run/predict`).
 */
export interface GpuQuotaFault extends FaultBase {
  gpuQuota: true;
}

/** Gradio (`gradio.data`): the stream ends cleanly where `process_completed` would come. */
export interface EndWithoutCompletedFault extends FaultBase {
  endWithoutCompleted: true;
}

/** Gradio (`gradio.data`): the socket is destroyed after `process_starts`. */
export interface ResetMidStreamFault extends FaultBase {
  resetMidStream: true;
}

export type Fault =
  | StatusFault
  | LatencyFault
  | HangFault
  | MalformedFault
  | FailJobFault
  | GpuQuotaFault
  | EndWithoutCompletedFault
  | ResetMidStreamFault;

export type FaultKind =
  | 'status'
  | 'latency'
  | 'hang'
  | 'malformed'
  | 'failJob'
  | 'gpuQuota'
  | 'endWithoutCompleted'
  | 'resetMidStream';

/** The routes on which a domain fault means something; generic faults apply everywhere. */
export const DOMAIN_FAULT_ROUTES: Partial<Record<FaultKind, readonly RouteName[]>> = {
  failJob: ['arta.submit', 'arta.status'],
  gpuQuota: ['gradio.join', 'gradio.data', 'gradio.predict'],
  endWithoutCompleted: ['gradio.data'],
  resetMidStream: ['gradio.data'],
};

/** The kind of a fault, or throws a TypeError when it is not exactly one kind. */
export function faultKind(fault: Fault): FaultKind {
  const record = fault as unknown as Record<string, unknown>;
  const kinds: FaultKind[] = [];
  if (record.status !== undefined) kinds.push('status');
  if (record.latencyMs !== undefined) kinds.push('latency');
  for (const flag of ['hang', 'malformed', 'failJob', 'gpuQuota', 'endWithoutCompleted', 'resetMidStream'] as const) {
    if (record[flag] === true) kinds.push(flag);
  }
  const [kind] = kinds;
  if (kind === undefined || kinds.length > 1) {
    throw new TypeError(
      `A fault must be exactly one of status, latencyMs, hang, malformed, failJob, gpuQuota, endWithoutCompleted, resetMidStream; got ${JSON.stringify(fault)}`,
    );
  }
  return kind;
}
