import type { BenchContext } from '../../bench-context.js';
import { median } from '../../stats/percentile.js';
import type { EconomyInput, EconomyRun } from './economy-types.js';

export interface EconomyResult {
  burst: number;
  runs: EconomyRun[];
  signUps: number;
  refreshes: number;
  signUpsAfterHalfLife: number;
  zeroGpuFetches: number;
  errors: number;
}

/** Part 3: sign-ups, refreshes and ZeroGPU token fetches per burst of 200, each run in a fresh process. */
export async function runEconomy(context: BenchContext): Promise<EconomyResult> {
  const burst = 200;
  const runs: EconomyRun[] = [];
  const count = context.quick ? 3 : 5;
  for (let run = 0; run < count; run += 1) {
    context.log(`  part 3: run ${run + 1}/${count} (bursts of ${burst})`);
    runs.push(
      await context.runChild<EconomyInput, EconomyRun>('economy', { emulator: context.address, burst }, 60_000),
    );
  }
  const pick = (field: keyof EconomyRun) => median(runs.map((run) => run[field]));
  return {
    burst,
    runs,
    signUps: pick('signUps'),
    refreshes: pick('refreshes'),
    signUpsAfterHalfLife: pick('signUpsAfterHalfLife'),
    zeroGpuFetches: pick('zeroGpuFetches'),
    errors: runs.reduce((total, run) => total + run.errors, 0),
  };
}
