import type { EmulatorAddress } from '../../emulator/emulator-address.js';

/**
 * - `client`: client.images.generate → registry → ARTA → HttpClient, answered as URLs;
 * - `client-b64`: the same answered as base64 (one image download more), to compare with the server;
 * - `baseline`: the same upstream calls hand-written with global fetch;
 * - `baseline-undici`: the same with undici's request() (the transport floor).
 */
export type OverheadImpl = 'client' | 'client-b64' | 'baseline' | 'baseline-undici';

export interface OverheadInput {
  emulator: EmulatorAddress;
  impl: OverheadImpl;
  concurrency: number;
  /** Generations per run. */
  total: number;
  runs: number;
  /** Generations before the first run (JIT, sockets, token), at concurrency 64. */
  warmup: number;
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
