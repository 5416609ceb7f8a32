import type { BenchContext } from '../../bench-context.js';
import { median } from '../../stats/percentile.js';
import type { OverheadImpl, OverheadInput, OverheadRun } from './overhead-types.js';

export interface OverheadCell {
  impl: OverheadImpl;
  concurrency: number;
  runs: OverheadRun[];
  /** Medians over the runs. */
  latencyP50Ms: number;
  cpuMsPerImage: number;
  imagesPerSecond: number;
  errors: number;
}

export interface OverheadResult {
  cells: OverheadCell[];
  /** Client median latency over baseline median latency, per concurrency. */
  wallRatio: Record<string, number>;
  /** Client CPU per image over baseline CPU per image, per concurrency. */
  cpuRatio: Record<string, number>;
}

/**
 * Part 1: per-image wall time and CPU through the whole client versus the
 * hand-written fetch floor, generation time 0, at concurrency 1 and 64.
 */
export async function runOverhead(context: BenchContext): Promise<OverheadResult> {
  const { emulator, quick } = context;
  await emulator.admin.configure({ artaGenerationTimeMs: 0, artaQueueTimeMs: 0 });
  const runs = quick ? 3 : 5;
  const sequential = quick ? 10 : 20;
  const plan: Array<{ impl: OverheadImpl; concurrency: number; total: number; runs: number }> = [
    { impl: 'baseline', concurrency: 1, total: sequential, runs },
    { impl: 'baseline-undici', concurrency: 1, total: sequential, runs },
    { impl: 'client', concurrency: 1, total: sequential, runs },
    { impl: 'baseline', concurrency: 64, total: 640, runs },
    { impl: 'baseline-undici', concurrency: 64, total: 640, runs },
    { impl: 'client', concurrency: 64, total: 640, runs },
    { impl: 'client-b64', concurrency: 64, total: 640, runs: 3 },
  ];
  const cells: OverheadCell[] = [];
  for (const step of plan) {
    context.log(`  part 1: ${step.impl} at concurrency ${step.concurrency} (${step.runs} runs of ${step.total})`);
    // 2 × 640 generations of warm-up: the first runs of a fresh process are still JIT-compiling.
    const input: OverheadInput = { emulator: context.address, warmup: quick ? 640 : 1280, ...step };
    const runs = await context.runChild<OverheadInput, OverheadRun[]>('overhead', input, 180_000);
    cells.push({
      impl: step.impl,
      concurrency: step.concurrency,
      runs,
      latencyP50Ms: median(runs.map((run) => run.latencyP50Ms)),
      cpuMsPerImage: median(runs.map((run) => run.cpuMsPerImage)),
      imagesPerSecond: median(runs.map((run) => run.imagesPerSecond)),
      errors: runs.reduce((total, run) => total + run.errors, 0),
    });
  }
  const cell = (impl: OverheadImpl, concurrency: number) =>
    cells.find((candidate) => candidate.impl === impl && candidate.concurrency === concurrency);
  const wallRatio: Record<string, number> = {};
  const cpuRatio: Record<string, number> = {};
  for (const concurrency of [1, 64]) {
    const client = cell('client', concurrency);
    const baseline = cell('baseline', concurrency);
    if (!client || !baseline) continue;
    wallRatio[String(concurrency)] = client.latencyP50Ms / baseline.latencyP50Ms;
    cpuRatio[String(concurrency)] = client.cpuMsPerImage / baseline.cpuMsPerImage;
  }
  return { cells, wallRatio, cpuRatio };
}
