import type { BenchContext } from '../../bench-context.js';
import type { ImagePath } from '../../stack/image-jobs.js';
import { median, percentile } from '../../stats/percentile.js';
import type { TimeToImageInput, TimeToImageRun } from './time-to-image-types.js';

export interface TimeToImageCell {
  path: ImagePath;
  generationMs: number;
  runs: TimeToImageRun[];
  /** Median over runs of each run's median delay (upstream finished → ImageResponse held). */
  delayP50Ms: number;
  /** Highest delay seen in any run. */
  delayMaxMs: number;
  /** Median over runs of each run's median call → ImageResponse. */
  latencyP50Ms: number;
  pollsPerImage: number;
  requestsPerImage: number;
  errors: number;
}

const GRADIO_PATHS: readonly ImagePath[] = ['fluxDev', 'janusImage', 'fluxSchnell'];

/**
 * Part 2: time from the upstream finishing to the caller holding the image,
 * at 0.5, 1 and 3 s of generation time, for ARTA (status polling) and the
 * Gradio paths (SSE queue, and flux-schnell's single long POST); plus every
 * Gradio path at generation time 0 (no fixed tick may delay an instant result).
 */
export async function runTimeToImage(context: BenchContext): Promise<TimeToImageCell[]> {
  const { quick } = context;
  const plan: Array<{ path: ImagePath; generationMs: number; runs: number }> = [];
  for (const path of ['arta', ...GRADIO_PATHS] as ImagePath[]) {
    for (const generationMs of [500, 1000, 3000]) {
      plan.push({ path, generationMs, runs: quick || generationMs === 3000 ? 3 : 5 });
    }
  }
  for (const path of GRADIO_PATHS) plan.push({ path, generationMs: 0, runs: 5 });
  const cells: TimeToImageCell[] = [];
  for (const step of plan) {
    context.log(`  part 2: ${step.path} at ${step.generationMs} ms (${step.runs} runs of 8)`);
    const input: TimeToImageInput = { emulator: context.address, perRun: 8, ...step };
    const runs = await context.runChild<TimeToImageInput, TimeToImageRun[]>('timeToImage', input, 120_000);
    cells.push({
      ...step,
      runs,
      delayP50Ms: median(runs.map((run) => median(run.delaysMs))),
      delayMaxMs: Math.max(...runs.flatMap((run) => run.delaysMs)),
      latencyP50Ms: median(runs.map((run) => percentile(run.latenciesMs, 0.5))),
      pollsPerImage: median(runs.map((run) => run.pollsPerImage)),
      requestsPerImage: median(runs.map((run) => run.requestsPerImage)),
      errors: runs.reduce((total, run) => total + run.errors, 0),
    });
  }
  return cells;
}
