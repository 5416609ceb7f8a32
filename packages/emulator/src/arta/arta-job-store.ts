import { randomUUID } from 'node:crypto';
import { LruCache } from '../util/lru-cache.js';

export type ArtaStatus = 'IN_QUEUE' | 'IN_PROGRESS' | 'DONE' | 'FAILED';

export interface ArtaJobInput {
  owner: string;
  prompt: string;
  negativePrompt: string;
  style: string;
  imagesNum: number;
  aspectRatio: string;
  width: number;
  height: number;
  seed: number;
  cfgScale: number;
  steps: number;
}

export interface ArtaJob extends ArtaJobInput {
  readonly recordId: string;
  readonly submittedAt: number;
  /** Timing captured at submit, so reconfiguring does not move jobs in flight. */
  readonly queueTimeMs: number;
  readonly generationTimeMs: number;
  /** `at-end`: the job fails when generation would finish; `now`: it has failed already. */
  failure: 'none' | 'at-end' | 'now';
}

/** Submitted ARTA jobs; their status is a pure function of the time since submit. */
export class ArtaJobStore {
  private readonly jobs = new LruCache<string, ArtaJob>({ maxEntries: 50_000 });

  constructor(private readonly now: () => number) {}

  create(input: ArtaJobInput, timing: { queueTimeMs: number; generationTimeMs: number }): ArtaJob {
    const job: ArtaJob = { ...input, ...timing, recordId: randomUUID(), submittedAt: this.now(), failure: 'none' };
    this.jobs.set(job.recordId, job);
    return job;
  }

  get(recordId: string): ArtaJob | undefined {
    return this.jobs.get(recordId);
  }

  statusOf(job: ArtaJob): ArtaStatus {
    if (job.failure === 'now') return 'FAILED';
    const elapsed = this.now() - job.submittedAt;
    if (elapsed < job.queueTimeMs) return 'IN_QUEUE';
    if (elapsed < job.queueTimeMs + job.generationTimeMs) return 'IN_PROGRESS';
    return job.failure === 'none' ? 'DONE' : 'FAILED';
  }
}
