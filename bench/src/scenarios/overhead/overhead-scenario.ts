import type { BenchContext } from '../../bench-context.js';
import { median } from '../../stats/percentile.js';
import type { OverheadChildResult, OverheadImpl, OverheadInput, OverheadRun } from './overhead-types.js';

export interface OverheadCell {
  impl: OverheadImpl;
  concurrency: number;
  runs: OverheadRun[];
  /** CPU per image of each warm-up round (640 generations at concurrency 64), before the runs. */
  warmupCpuMsPerImage: number[];
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
 * Warm-up rounds of 640 generations before a cell's runs. A fresh process
 * spends 30–70 % more CPU per image in its first few thousand generations
 * than later (V8 tiering up, the young generation growing to its working
 * size), for the hand-written floors as for the client; the JSON keeps every
 * round's figure, so the settling can be seen.
 */
const WARM_UP_ROUNDS = 8;

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
    { impl: 'baseline-dispatch', concurrency: 1, total: sequential, runs },
    { impl: 'client', concurrency: 1, total: sequential, runs },
    { impl: 'baseline', concurrency: 64, total: 640, runs },
    { impl: 'baseline-undici', concurrency: 64, total: 640, runs },
    { impl: 'baseline-dispatch', concurrency: 64, total: 640, runs },
    { impl: 'client', concurrency: 64, total: 640, runs },
    { impl: 'client-b64', concurrency: 64, total: 640, runs: 3 },
  ];
  const cells: OverheadCell[] = [];
  for (const step of plan) {
    context.log(`  part 1: ${step.impl} at concurrency ${step.concurrency} (${step.runs} runs of ${step.total})`);
    const input: OverheadInput = { emulator: context.address, warmupRounds: quick ? 2 : WARM_UP_ROUNDS, ...step };
    const { runs, warmupCpuMsPerImage } = await context.runChild<OverheadInput, OverheadChildResult>(
      'overhead',
      input,
      240_000,
    );
    cells.push({
      impl: step.impl,
      concurrency: step.concurrency,
      runs,
      warmupCpuMsPerImage,
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
