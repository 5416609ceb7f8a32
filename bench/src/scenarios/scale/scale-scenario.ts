import type { BenchContext } from '../../bench-context.js';
import { median } from '../../stats/percentile.js';
import type { ScaleInput, ScalePath, ScaleRun } from './scale-types.js';

export interface ScaleCell {
  path: ScalePath;
  inFlight: number;
  generationMs: number;
  runs: ScaleRun[];
  imagesPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  peakRssMiB: number;
  eventLoopDelayP99Ms: number;
  /** Median over runs of each run's longest event-loop stall. */
  eventLoopDelayMaxMs: number;
  cpuMsPerImage: number;
  errors: number;
}

/** Part 4: 1, 100 and 1000 ARTA generations in flight at once (1 s upstream), and 1000 FluxDev SSE streams. */
export async function runScale(context: BenchContext): Promise<ScaleCell[]> {
  const plan: Array<{ path: ScalePath; inFlight: number }> = [
    { path: 'arta', inFlight: 1 },
    { path: 'arta', inFlight: 100 },
    { path: 'arta', inFlight: 1000 },
    { path: 'fluxDev', inFlight: 100 },
    { path: 'fluxDev', inFlight: 1000 },
  ];
  const runsPerCell = context.quick ? 3 : 5;
  const cells: ScaleCell[] = [];
  for (const step of plan) {
    const runs: ScaleRun[] = [];
    for (let run = 0; run < runsPerCell; run += 1) {
      context.log(`  part 4: ${step.inFlight} ${step.path} in flight, run ${run + 1}/${runsPerCell}`);
      const input: ScaleInput = { emulator: context.address, generationMs: 1000, ...step };
      runs.push(await context.runChild<ScaleInput, ScaleRun>('scale', input, 180_000));
    }
    cells.push({
      ...step,
      generationMs: 1000,
      runs,
      imagesPerSecond: median(runs.map((run) => run.imagesPerSecond)),
      latencyP50Ms: median(runs.map((run) => run.latencyP50Ms)),
      latencyP99Ms: median(runs.map((run) => run.latencyP99Ms)),
      peakRssMiB: median(runs.map((run) => run.peakRssMiB)),
      eventLoopDelayP99Ms: median(runs.map((run) => run.eventLoopDelay.p99Ms)),
      eventLoopDelayMaxMs: median(runs.map((run) => run.eventLoopDelay.maxMs)),
      cpuMsPerImage: median(runs.map((run) => run.cpuMsPerImage)),
      errors: runs.reduce((total, run) => total + run.errors, 0),
    });
  }
  return cells;
}
