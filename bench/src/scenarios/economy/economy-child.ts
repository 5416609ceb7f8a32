import type { RouteCounts } from '@g4f-kit/emulator';
import { runChild } from '../../child/run-child.js';
import { EmulatorAdmin } from '../../emulator/emulator-admin.js';
import { createBenchClient } from '../../stack/bench-client.js';
import { generateImage, type ImagePath, uniquePrompt } from '../../stack/image-jobs.js';
import type { EconomyInput, EconomyRun } from './economy-types.js';
import { ShiftedClock } from './shifted-clock.js';

/** Firebase id tokens live an hour (the emulator's default, like Firebase's). */
const TOKEN_LIFETIME_MS = 3600 * 1000;

/**
 * Part 3 in a fresh process, one run: how many credential requests bursts of
 * generations cost. Every client starts with an empty file auth store; the
 * token is aged through an injected clock (the emulator keeps honouring it,
 * as Firebase would until it really expires).
 */
runChild<EconomyInput, EconomyRun>(async (input) => {
  const admin = new EmulatorAdmin(input.emulator.adminUrl);
  await admin.configure({ artaGenerationTimeMs: 0, gradioGenerationTimeMs: 0, tokenLifetimeSeconds: 3600 });
  let errors = 0;
  const burst = async (client: Parameters<typeof generateImage>[0], path: ImagePath, label: string) => {
    const before = await admin.counters();
    const results = await Promise.allSettled(
      Array.from({ length: input.burst }, (_, index) => generateImage(client, path, uniquePrompt(label, index))),
    );
    errors += results.filter((result) => result.status === 'rejected').length;
    const after = await admin.counters();
    return (route: keyof RouteCounts) => after[route] - before[route];
  };

  const clock = new ShiftedClock();
  const arta = await createBenchClient({ ...input.emulator, clock });
  const gradio = await createBenchClient(input.emulator);
  try {
    const cold = await burst(arta.client, 'arta', 'economy cold');
    clock.offsetMs = TOKEN_LIFETIME_MS / 2 + 60_000;
    const aged = await burst(arta.client, 'arta', 'economy aged');
    const zeroGpu = await burst(gradio.client, 'fluxDev', 'economy gradio');
    return {
      signUps: cold('firebase.signUp'),
      refreshes: aged('firebase.refresh'),
      signUpsAfterHalfLife: aged('firebase.signUp'),
      zeroGpuFetches: zeroGpu('hf.page') + zeroGpu('hf.jwt'),
      errors,
    };
  } finally {
    await arta.close();
    await gradio.close();
  }
});
