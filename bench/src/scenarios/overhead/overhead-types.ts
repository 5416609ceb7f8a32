import type { EmulatorAddress } from '../../emulator/emulator-address.js';

/**
 * - `client`: client.images.generate → registry → ARTA → HttpClient, answered as URLs;
 * - `client-b64`: the same answered as base64 (one image download more), to compare with the server;
 * - `baseline`: the same upstream calls hand-written with global fetch;
 * - `baseline-undici`: the same with undici's request();
 * - `baseline-dispatch`: the same with undici's Dispatcher.dispatch and a minimal handler (the transport floor).
 */
export type OverheadImpl = 'client' | 'client-b64' | 'baseline' | 'baseline-undici' | 'baseline-dispatch';

export interface OverheadInput {
  emulator: EmulatorAddress;
  impl: OverheadImpl;
  concurrency: number;
  /** Generations per run. */
  total: number;
  runs: number;
  /** Rounds of 640 generations at concurrency 64 before the first run (JIT, heap sizing, sockets, token). */
  warmupRounds: number;
}

/** What one cell's process reports. */
export interface OverheadChildResult {
  /** CPU per image of each warm-up round, in order: how long the process took to settle. */
  warmupCpuMsPerImage: number[];
  runs: OverheadRun[];
}

export interface OverheadRun {
  images: number;
  errors: number;
  wallMs: number;
  /** Median time of one generation. */
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Bench process CPU (user + system) per image. */
  cpuMsPerImage: number;
  imagesPerSecond: number;
}
