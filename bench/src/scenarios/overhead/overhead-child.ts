import { runChild } from '../../child/run-child.js';
import { createBenchClient } from '../../stack/bench-client.js';
import { generateImage, uniquePrompt } from '../../stack/image-jobs.js';
import { startSpan } from '../../stats/cpu-meter.js';
import { percentile } from '../../stats/percentile.js';
import { runPool } from '../../stats/run-pool.js';
import { BaselineArta } from './baseline-arta.js';
import type { OverheadChildResult, OverheadInput, OverheadRun } from './overhead-types.js';
import { undiciDispatchTransport } from './undici-dispatch-transport.js';
import { undiciRequestTransport } from './undici-request-transport.js';

const WARM_UP_ROUND = 640;

/** Part 1 in a fresh process: warm up, then `runs` timed runs of one implementation at one concurrency. */
runChild<OverheadInput, OverheadChildResult>(async (input) => {
  const { generate, close } = await implementation(input);
  try {
    const warmupCpuMsPerImage: number[] = [];
    for (let round = 0; round < input.warmupRounds; round += 1) {
      const span = startSpan();
      await runPool(WARM_UP_ROUND, 64, (index) => generate(uniquePrompt(`warm-up ${round}`, index)));
      warmupCpuMsPerImage.push(span.stop().cpuMs / WARM_UP_ROUND);
    }
    const runs: OverheadRun[] = [];
    for (let run = 0; run < input.runs; run += 1) {
      const span = startSpan();
      const result = await runPool(input.total, input.concurrency, (index) =>
        generate(uniquePrompt(`overhead ${run}`, index)),
      );
      const { wallMs, cpuMs } = span.stop();
      const images = result.latenciesMs.length;
      runs.push({
        images,
        errors: result.errors.length,
        wallMs,
        latencyP50Ms: percentile(result.latenciesMs, 0.5),
        latencyP99Ms: percentile(result.latenciesMs, 0.99),
        cpuMsPerImage: cpuMs / Math.max(1, images),
        imagesPerSecond: (images * 1000) / wallMs,
      });
    }
    return { warmupCpuMsPerImage, runs };
  } finally {
    await close();
  }
});

async function implementation(
  input: OverheadInput,
): Promise<{ generate: (prompt: string) => Promise<unknown>; close: () => Promise<void> }> {
  const { emulator } = input;
  if (input.impl === 'baseline') {
    const baseline = new BaselineArta(emulator.urls.firebaseSignUp, emulator.urls.arta);
    await baseline.signUp();
    return { generate: (prompt) => baseline.generate(prompt), close: async () => {} };
  }
  if (input.impl === 'baseline-undici' || input.impl === 'baseline-dispatch') {
    const { transport, close } =
      input.impl === 'baseline-undici' ? undiciRequestTransport() : undiciDispatchTransport();
    const baseline = new BaselineArta(emulator.urls.firebaseSignUp, emulator.urls.arta, transport);
    await baseline.signUp();
    return { generate: (prompt) => baseline.generate(prompt), close };
  }
  const bench = await createBenchClient(emulator);
  const responseFormat = input.impl === 'client-b64' ? 'b64_json' : 'url';
  return {
    generate: (prompt) =>
      responseFormat === 'url'
        ? generateImage(bench.client, 'arta', prompt)
        : bench.client.images.generate({ provider: 'ARTA', model: 'flux', prompt, responseFormat }),
    close: () => bench.close(),
  };
}
