import type { MachineInfo } from '../machine/machine-info.js';
import type { EconomyResult } from '../scenarios/economy/economy-scenario.js';
import type { OverheadResult } from '../scenarios/overhead/overhead-scenario.js';
import type { ScaleCell } from '../scenarios/scale/scale-scenario.js';
import type { ServerResult } from '../scenarios/server/server-scenario.js';
import type { TimeToImageCell } from '../scenarios/time-to-image/time-to-image-scenario.js';
import type { TargetResult } from './targets.js';

/** Everything one `pnpm bench` run measured; written to bench/results.json. */
export interface BenchResults {
  machine: MachineInfo;
  quick: boolean;
  durationSeconds: number;
  /** 1-minute load average when the run ended. */
  loadAverageAtEnd: number;
  /** CPU the emulator process used over the whole run (ms). */
  emulatorCpuMs: number;
  parts: {
    overhead?: OverheadResult;
    timeToImage?: TimeToImageCell[];
    economy?: EconomyResult;
    scale?: ScaleCell[];
    server?: ServerResult;
  };
  targets: TargetResult[];
}
