/**
 * pnpm bench: starts the emulator in its own process, runs the scenarios
 * (each measured in a fresh child process through the public API), prints a
 * table with PASS/MISS per target, and writes bench/results.json and
 * docs/performance.md.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './bench-context.js';
import { bundleChildren } from './build/bundle-children.js';
import { runInChild } from './child/spawn-child.js';
import { BENCH_USAGE, parseBenchArgs } from './cli/parse-bench-args.js';
import { BENCH_EMULATOR_CONFIG } from './emulator/bench-emulator-config.js';
import { startEmulatorProcess } from './emulator/emulator-process.js';
import { runOverhead } from './scenarios/overhead/overhead-scenario.js';

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(BENCH_USAGE);
    return;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const scripts = await bundleChildren();
  const profileDir = join(BENCH_DIR, '.tmp', 'profiles');
  if (args.childFlags.length > 0) await mkdir(profileDir, { recursive: true });
  const emulator = await startEmulatorProcess();
  try {
    await emulator.admin.configure(BENCH_EMULATOR_CONFIG);
    const context: BenchContext = {
      emulator,
      address: { baseUrl: emulator.baseUrl, urls: emulator.urls, adminUrl: emulator.adminUrl },
      quick: args.quick,
      scripts,
      log,
      runChild: (script, input, timeoutMs) =>
        runInChild(scripts[script], input, {
          timeoutMs,
          execArgv: args.childFlags.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
        }),
    };
    const results: Record<string, unknown> = {};
    if (args.parts.includes('overhead')) results.overhead = await runOverhead(context);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
