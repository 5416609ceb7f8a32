import { runChild } from '../../child/run-child.js';
import { EmulatorAdmin } from '../../emulator/emulator-admin.js';
import { createBenchClient } from '../../stack/bench-client.js';
import { generateImage, uniquePrompt } from '../../stack/image-jobs.js';
import { startSpan } from '../../stats/cpu-meter.js';
import { monitorDelay } from '../../stats/event-loop-delay.js';
import { sampleRss } from '../../stats/peak-rss.js';
import { percentile } from '../../stats/percentile.js';
import { runPool } from '../../stats/run-pool.js';
import type { ScaleInput, ScaleRun } from './scale-types.js';

const MIB = 1024 * 1024;
const WARM_UP = 256;

/**
 * Part 4 in a fresh process, one run: `inFlight` generations started at
 * once through one client, with the library's defaults (sockets included).
 */
runChild<ScaleInput, ScaleRun>(async (input) => {
  const admin = new EmulatorAdmin(input.emulator.adminUrl);
  const timeKey = input.path === 'arta' ? 'artaGenerationTimeMs' : 'gradioGenerationTimeMs';
  const bench = await createBenchClient({
    ...input.emulator,
    ...(input.connections ? { connections: input.connections } : {}),
  });
  try {
    // Warm-up at generation time 0, 64 at a time: JIT, sockets, tokens (a running service is warm).
    await admin.configure({ [timeKey]: 0 });
    await runPool(WARM_UP, 64, (index) => generateImage(bench.client, input.path, uniquePrompt('warm-up', index)));
    await admin.configure({ [timeKey]: input.generationMs });
    const rssBeforeMiB = process.memoryUsage.rss() / MIB;
    const delay = monitorDelay(5);
    // The histogram records nothing for its first interval: let it start before the burst, or the
    // burst's first block (starting every generation at once) would go unseen.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const rss = sampleRss(20);
    const span = startSpan();
    const latenciesMs: number[] = [];
    const errors: string[] = [];
    await Promise.all(
      Array.from({ length: input.inFlight }, async (_, index) => {
        const started = performance.now();
        try {
          await generateImage(bench.client, input.path, uniquePrompt(`scale ${input.inFlight}`, index));
          latenciesMs.push(performance.now() - started);
        } catch (error) {
          errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        }
      }),
    );
    const { wallMs, cpuMs } = span.stop();
    const eventLoopDelay = delay.stop();
    const memory = rss.stop();
    return {
      images: latenciesMs.length,
      errors: errors.length,
      errorSamples: [...new Set(errors)].slice(0, 3),
      wallMs,
      imagesPerSecond: (latenciesMs.length * 1000) / wallMs,
      latencyP50Ms: percentile(latenciesMs, 0.5),
      latencyP99Ms: percentile(latenciesMs, 0.99),
      peakRssMiB: Math.max(memory.maxRssMiB, memory.sampledPeakMiB),
      rssBeforeMiB,
      eventLoopDelay,
      cpuMsPerImage: cpuMs / Math.max(1, latenciesMs.length),
    };
  } finally {
    await admin.configure({ [timeKey]: 0 });
    await bench.close();
  }
});
