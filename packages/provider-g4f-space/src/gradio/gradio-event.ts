/** A tqdm-style progress unit from a `progress` message. */
export interface GradioProgressUnit {
  index: number | null;
  length: number | null;
  unit: string | null;
  desc: string | null;
}

/**
 * What a queued Gradio call reports, in order. `generating` carries the whole
 * output so far (stream diffs already applied), `completed` the final output.
 * Failures are thrown, not reported.
 */
export type GradioEvent =
  | { type: 'estimation'; rank: number | undefined; queueSize: number | undefined; etaSeconds: number | undefined }
  | { type: 'process_starts'; etaSeconds: number | undefined }
  | { type: 'progress'; units: readonly GradioProgressUnit[] }
  | { type: 'log'; log: string; level: string | undefined }
  | { type: 'heartbeat' }
  | { type: 'generating'; output: readonly unknown[] }
  | { type: 'completed'; output: readonly unknown[] };
