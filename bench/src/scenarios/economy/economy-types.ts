import type { EmulatorAddress } from '../../emulator/emulator-address.js';

export interface EconomyInput {
  emulator: EmulatorAddress;
  /** Generations per burst. */
  burst: number;
}

export interface EconomyRun {
  /** Firebase sign-ups for a burst of ARTA generations on an empty auth store. */
  signUps: number;
  /** Firebase refreshes (and sign-ups) for a burst once the token is past half its lifetime. */
  refreshes: number;
  signUpsAfterHalfLife: number;
  /** ZeroGPU token fetches (Space page loads + jwt calls) for a burst of FluxDev generations on a fresh client. */
  zeroGpuFetches: number;
  errors: number;
}
