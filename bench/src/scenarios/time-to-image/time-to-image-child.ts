import type { RouteCounts } from '@g4f-kit/emulator';
import { runChild } from '../../child/run-child.js';
import { EmulatorAdmin } from '../../emulator/emulator-admin.js';
import { createBenchClient } from '../../stack/bench-client.js';
import { generateImage, uniquePrompt } from '../../stack/image-jobs.js';
import type { TimeToImageInput, TimeToImageRun } from './time-to-image-types.js';

const GENERATION_TIME_KEY = { arta: 'artaGenerationTimeMs', gradio: 'gradioGenerationTimeMs' } as const;

/**
 * Part 2 in a fresh process: per image, the time from the upstream finishing
 * (the emulator's recorded completion instant, same machine, same wall
 * clock) to the caller's onChunk seeing the ImageResponse.
 */
runChild<TimeToImageInput, TimeToImageRun[]>(async (input) => {
  const admin = new EmulatorAdmin(input.emulator.adminUrl);
  const timeKey = GENERATION_TIME_KEY[input.path === 'arta' ? 'arta' : 'gradio'];
  const bench = await createBenchClient(input.emulator);
  try {
    // Warm-up at generation time 0: token, sockets, JIT.
    await admin.configure({ [timeKey]: 0 });
    await Promise.all(
      Array.from({ length: input.perRun }, (_, index) =>
        generateImage(bench.client, input.path, uniquePrompt('warm-up', index)),
      ),
    );
    await admin.configure({ [timeKey]: input.generationMs });
    const runs: TimeToImageRun[] = [];
    for (let run = 0; run < input.runs; run += 1) runs.push(await measureRun(input, admin, bench.client, run));
    return runs;
  } finally {
    await admin.configure({ [timeKey]: 0 });
    await bench.close();
  }
});

async function measureRun(
  input: TimeToImageInput,
  admin: EmulatorAdmin,
  client: Parameters<typeof generateImage>[0],
  run: number,
): Promise<TimeToImageRun> {
  const before = await admin.counters();
  const since = Date.now();
  const held = new Map<string, number>();
  const latenciesMs: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: input.perRun }, async (_, index) => {
      const prompt = uniquePrompt(`tti ${input.path} ${input.generationMs} ${run}`, index);
      const started = performance.now();
      try {
        await generateImage(client, input.path, prompt, () => {
          held.set(prompt, Date.now());
          latenciesMs.push(performance.now() - started);
        });
      } catch {
        errors += 1;
      }
    }),
  );
  const after = await admin.counters();
  const { completions } = await admin.completions(since);
  const delaysMs: number[] = [];
  for (const completion of completions) {
    const heldAt = held.get(completion.prompt);
    if (heldAt !== undefined) delaysMs.push(heldAt - completion.finishedAt);
  }
  const images = held.size;
  const delta = (route: keyof RouteCounts) => after[route] - before[route];
  const requests = [
    'firebase.signUp',
    'firebase.refresh',
    'arta.submit',
    'arta.status',
    'hf.page',
    'hf.jwt',
    'gradio.join',
    'gradio.data',
    'gradio.predict',
  ] as const;
  return {
    images,
    errors,
    delaysMs,
    latenciesMs,
    pollsPerImage: delta('arta.status') / Math.max(1, images),
    requestsPerImage: requests.reduce((total, route) => total + delta(route), 0) / Math.max(1, images),
  };
}
