import type { EmulatorAddress } from '../../emulator/emulator-address.js';
import type { EventLoopDelay } from '../../stats/event-loop-delay.js';

export type ScalePath = 'arta' | 'fluxDev';

export interface ScaleInput {
  emulator: EmulatorAddress;
  path: ScalePath;
  /** Generations started at once. */
  inFlight: number;
  generationMs: number;
  /** Sockets per origin, when the run sets it (the library's default otherwise). */
  connections?: number;
}

export interface ScaleRun {
  images: number;
  errors: number;
  /** First error messages, for the report. */
  errorSamples: string[];
  wallMs: number;
  imagesPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Highest RSS of the whole child process (kernel maxRSS), MiB. */
  peakRssMiB: number;
  /** RSS after start-up and warm-up, before the burst, MiB. */
  rssBeforeMiB: number;
  eventLoopDelay: EventLoopDelay;
  cpuMsPerImage: number;
}
