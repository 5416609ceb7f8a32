import type { GradioMessage } from './gradio-messages.js';

/** A queued call; `failure` set while it runs makes it end with that error. */
export interface GradioJob {
  readonly eventId: string;
  failure?: { error: string; title: string };
}

/**
 * One `session_hash`: the messages its jobs produced, waiting for a
 * `/queue/data` stream to take them, and the jobs whose `process_completed`
 * has not been delivered yet.
 */
export class GradioSession {
  readonly pending = new Map<string, GradioJob>();
  private readonly queue: GradioMessage[] = [];
  private readonly wakers = new Set<() => void>();

  constructor(readonly sessionHash: string) {}

  push(message: GradioMessage): void {
    this.queue.push(message);
    for (const wake of this.wakers) wake();
  }

  /** The next message, or undefined after `timeoutMs` of silence or when `signal` aborts. */
  async next(timeoutMs: number, signal: AbortSignal): Promise<GradioMessage | undefined> {
    const queued = this.queue.shift();
    if (queued || signal.aborted) return queued;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done, { once: true });
      this.wakers.add(done);
    });
    return signal.aborted ? undefined : this.queue.shift();
  }

  get idle(): boolean {
    return this.pending.size === 0 && this.queue.length === 0;
  }
}
