import type { EmulatorConfig } from '@g4f-kit/emulator';

/**
 * The emulator settings every scenario starts from: tiny images (the
 * emulator caches PNGs, but encoding must not make it the bottleneck), no
 * queue, and upstream generation time set per scenario.
 */
export const BENCH_EMULATOR_CONFIG: Partial<EmulatorConfig> = {
  artaMaxSide: 64,
  artaQueueTimeMs: 0,
  artaGenerationTimeMs: 0,
  gradioGenerationTimeMs: 0,
  gradioQueueSteps: 1,
  gradioQueueStepMs: 0,
  gradioSteps: 4,
  janusImageSize: 32,
  janusImageCount: 2,
  tokenLifetimeSeconds: 3600,
  zeroGpuTokenLifetimeSeconds: 600,
};
