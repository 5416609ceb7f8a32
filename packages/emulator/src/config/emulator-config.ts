/**
 * Everything about the emulator's behaviour that can change at runtime
 * (`emulator.configure({...})`). Times are in milliseconds unless the name
 * says seconds.
 */
export interface EmulatorConfig {
  /** ARTA: time a job stays `IN_QUEUE` after submit. */
  artaQueueTimeMs: number;
  /** ARTA: time a job stays `IN_PROGRESS` after the queue, before `DONE`. */
  artaGenerationTimeMs: number;
  /**
   * ARTA: longest image side in pixels (the real service renders about 1024).
   * Lower it in tests (e.g. 64) so PNG encoding stays cheap.
   */
  artaMaxSide: number;
  /** Gradio: time from `process_starts` to `process_completed` (and `/run/predict` latency). */
  gradioGenerationTimeMs: number;
  /** Gradio: how many `estimation` messages (rank counting down to 0) precede `process_starts`. */
  gradioQueueSteps: number;
  /** Gradio: pause between `estimation` messages and before `process_starts`. */
  gradioQueueStepMs: number;
  /** Gradio: how many streamed frames (progress / previews / text diffs) a streaming endpoint sends. */
  gradioSteps: number;
  /** Gradio: a `heartbeat` is sent after this much silence on a data stream (Gradio: 15 s). */
  heartbeatMs: number;
  /** Gradio: `log` messages each job sends right after `process_starts`. */
  gradioLogs: readonly string[];
  /** Janus image generation: side of each square image (Janus-Pro renders 384). */
  janusImageSize: number;
  /** Janus image generation: images per request. */
  janusImageCount: number;
  /** Firebase: lifetime of an id token (`expiresIn`). Fractions are allowed for tests. */
  tokenLifetimeSeconds: number;
  /** Hugging Face: lifetime of a ZeroGPU token issued by a Space page. */
  zeroGpuTokenLifetimeSeconds: number;
  /**
   * Gradio: what to do with a request whose `x-zerogpu-token` is missing or is
   * the literal `[object Object]` (what g4f sends without cookies): `accept`
   * it as an anonymous user, or `reject` it with the GPU quota error.
   */
  zeroGpuAnonymous: 'accept' | 'reject';
  /** Firebase: the only API key accepted; when undefined any non-empty `key` is. */
  firebaseApiKey: string | undefined;
}

export const DEFAULT_EMULATOR_CONFIG: Readonly<EmulatorConfig> = Object.freeze({
  artaQueueTimeMs: 0,
  artaGenerationTimeMs: 50,
  artaMaxSide: 1024,
  gradioGenerationTimeMs: 50,
  gradioQueueSteps: 1,
  gradioQueueStepMs: 0,
  gradioSteps: 4,
  heartbeatMs: 15_000,
  gradioLogs: [],
  janusImageSize: 384,
  janusImageCount: 5,
  tokenLifetimeSeconds: 3600,
  zeroGpuTokenLifetimeSeconds: 600,
  zeroGpuAnonymous: 'accept',
  firebaseApiKey: undefined,
});

type NumericKey = { [K in keyof EmulatorConfig]: EmulatorConfig[K] extends number ? K : never }[keyof EmulatorConfig];

/** [min, max, integer] for each numeric field. */
const NUMERIC_BOUNDS: Record<NumericKey, readonly [number, number, boolean]> = {
  artaQueueTimeMs: [0, 3_600_000, false],
  artaGenerationTimeMs: [0, 3_600_000, false],
  artaMaxSide: [8, 4096, true],
  gradioGenerationTimeMs: [0, 3_600_000, false],
  gradioQueueSteps: [0, 1000, true],
  gradioQueueStepMs: [0, 3_600_000, false],
  gradioSteps: [1, 1000, true],
  heartbeatMs: [1, 3_600_000, false],
  janusImageSize: [8, 4096, true],
  janusImageCount: [1, 16, true],
  tokenLifetimeSeconds: [0, 31_536_000, false],
  zeroGpuTokenLifetimeSeconds: [0, 31_536_000, false],
};

/**
 * Returns `base` with `patch` applied, after checking every patched field.
 * Throws a RangeError naming the first invalid field.
 */
export function resolveConfig(base: Readonly<EmulatorConfig>, patch: Partial<EmulatorConfig> = {}): EmulatorConfig {
  const next: EmulatorConfig = { ...base };
  for (const [key, value] of Object.entries(patch) as Array<[keyof EmulatorConfig, unknown]>) {
    if (value === undefined && key !== 'firebaseApiKey') continue;
    if (key in NUMERIC_BOUNDS) {
      const [min, max, integer] = NUMERIC_BOUNDS[key as NumericKey];
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < min ||
        value > max ||
        (integer && !Number.isInteger(value))
      ) {
        throw new RangeError(
          `Invalid emulator config ${key}: expected ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], got ${String(value)}`,
        );
      }
      (next as unknown as Record<string, unknown>)[key] = value;
    } else if (key === 'zeroGpuAnonymous') {
      if (value !== 'accept' && value !== 'reject') {
        throw new RangeError(
          `Invalid emulator config zeroGpuAnonymous: expected "accept" or "reject", got ${String(value)}`,
        );
      }
      next.zeroGpuAnonymous = value;
    } else if (key === 'gradioLogs') {
      if (!Array.isArray(value) || !value.every((line) => typeof line === 'string')) {
        throw new RangeError('Invalid emulator config gradioLogs: expected an array of strings');
      }
      next.gradioLogs = [...value];
    } else if (key === 'firebaseApiKey') {
      if (value !== undefined && (typeof value !== 'string' || value === '')) {
        throw new RangeError('Invalid emulator config firebaseApiKey: expected a non-empty string or undefined');
      }
      next.firebaseApiKey = value;
    } else {
      throw new RangeError(`Unknown emulator config field: ${String(key)}`);
    }
  }
  return next;
}
