/** Which kind of upstream job finished. */
export type CompletionKind = 'arta' | 'gradio.queue' | 'gradio.predict';

/** When one upstream job finished, as the emulator's clock saw it. */
export interface JobCompletion {
  kind: CompletionKind;
  /** ARTA `record_id`, Gradio `event_id`, or the predict call's `session_hash`. */
  id: string;
  /** The job's prompt (for Gradio: the first string input), so a caller can match its own request. */
  prompt: string;
  /**
   * Epoch milliseconds (the emulator's clock, `Date.now` unless one was
   * injected). ARTA: the instant the status turns `DONE`; Gradio queue: when
   * `process_completed` is queued for the data stream; predict: when the
   * answer is written.
   */
  finishedAt: number;
}

const DEFAULT_CAPACITY = 100_000;

/**
 * A bounded record of finished jobs (the oldest are dropped past the
 * capacity), for benchmarks measuring the time from the upstream finishing
 * to the caller holding the result.
 */
export class CompletionLog {
  private entries: JobCompletion[] = [];

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  record(completion: JobCompletion): void {
    this.entries.push(completion);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** A copy, oldest first; with `since`, only jobs finished at or after it. */
  list(since?: number): JobCompletion[] {
    return since === undefined
      ? [...this.entries]
      : this.entries.filter((completion) => completion.finishedAt >= since);
  }

  clear(): void {
    this.entries = [];
  }
}
