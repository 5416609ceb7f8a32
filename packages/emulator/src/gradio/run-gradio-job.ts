import { setTimeout as sleep } from 'node:timers/promises';
import type { GradioPlan } from './endpoints/gradio-endpoint.js';
import { gradioDiff } from './gradio-diff.js';
import {
  estimationMessage,
  logMessage,
  processCompletedMessage,
  processFailedMessage,
  processGeneratingMessage,
  processStartsMessage,
  progressMessage,
} from './gradio-messages.js';
import type { GradioJob, GradioSession } from './gradio-session.js';

/** Timing captured at join, so reconfiguring does not move calls in flight. */
export interface GradioJobTiming {
  queueSteps: number;
  queueStepMs: number;
  generationTimeMs: number;
  logs: readonly string[];
}

/**
 * Plays one queued call into its session: `estimation` (rank counting down),
 * `process_starts`, any `log`s, then each frame's `progress` and
 * `process_generating` (full outputs first, Gradio diffs after), then
 * `process_completed`. A `failure` set on the job at any point ends it with
 * `process_completed` `success:false`. Stops quietly when `signal` aborts.
 * `onCompleted` runs right after a successful `process_completed` is queued.
 */
export async function runGradioJob(
  job: GradioJob,
  session: GradioSession,
  plan: GradioPlan,
  timing: GradioJobTiming,
  signal: AbortSignal,
  onCompleted?: () => void,
): Promise<void> {
  const { eventId } = job;
  const averageDuration = timing.generationTimeMs / 1000;
  try {
    for (let rank = timing.queueSteps - 1; rank >= 0; rank -= 1) {
      session.push(estimationMessage(eventId, rank, rank + 1, (rank + 1) * averageDuration));
      await sleep(timing.queueStepMs, undefined, { signal });
    }
    const startedAt = performance.now();
    const elapsed = (): number => (performance.now() - startedAt) / 1000;
    session.push(processStartsMessage(eventId, averageDuration));
    for (const line of timing.logs) session.push(logMessage(eventId, line));
    const stepMs = timing.generationTimeMs / Math.max(1, plan.frames.length);
    let previous: unknown[] | undefined;
    for (const frame of plan.frames.length > 0 ? plan.frames : [{}]) {
      if (job.failure) break;
      await sleep(stepMs, undefined, { signal });
      if (job.failure) break;
      if (frame.progress) session.push(progressMessage(eventId, frame.progress));
      if (frame.data) {
        const data =
          previous === undefined ? frame.data : frame.data.map((value, index) => gradioDiff(previous?.[index], value));
        session.push(processGeneratingMessage(eventId, data, elapsed(), averageDuration));
        previous = frame.data;
      }
    }
    if (job.failure) session.push(processFailedMessage(eventId, job.failure.error, job.failure.title));
    else {
      session.push(processCompletedMessage(eventId, plan.final, elapsed(), averageDuration));
      onCompleted?.();
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}
