import type { EmulatorAddress } from '../../emulator/emulator-address.js';
import type { ImagePath } from '../../stack/image-jobs.js';

export interface TimeToImageInput {
  emulator: EmulatorAddress;
  path: ImagePath;
  /** Upstream generation time (ARTA IN_PROGRESS, or Gradio process_starts → process_completed). */
  generationMs: number;
  runs: number;
  /** Generations started together in each run. */
  perRun: number;
}

export interface TimeToImageRun {
  images: number;
  errors: number;
  /** Upstream finished → caller holds the ImageResponse, per image (ms). */
  delaysMs: number[];
  /** Call → ImageResponse, per image (ms). */
  latenciesMs: number[];
  /** ARTA status polls per image (0 on the Gradio paths). */
  pollsPerImage: number;
  /** Every upstream request per image (token fetches, submit/join, polls/streams), file downloads excluded. */
  requestsPerImage: number;
}
