/**
 * pnpm bench: starts the emulator in its own process, runs the scenarios
 * (each measured in a fresh child process through the public API), prints a
 * table with PASS/MISS per target, and writes bench/results.json and
 * docs/performance.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './bench-context.js';
import { bundleChildren } from './build/bundle-children.js';
import { runInChild } from './child/spawn-child.js';
import { BENCH_USAGE, parseBenchArgs } from './cli/parse-bench-args.js';
import { BENCH_EMULATOR_CONFIG } from './emulator/bench-emulator-config.js';
import { startEmulatorProcess } from './emulator/emulator-process.js';
import { machineInfo } from './machine/machine-info.js';
import type { BenchResults } from './report/bench-results.js';
import { performanceMarkdown } from './report/performance-md.js';
import { printSummary } from './report/print-summary.js';
import { evaluateTargets } from './report/targets.js';
import { runEconomy } from './scenarios/economy/economy-scenario.js';
import { runOverhead } from './scenarios/overhead/overhead-scenario.js';
import { runScale } from './scenarios/scale/scale-scenario.js';
import { runServer } from './scenarios/server/server-scenario.js';
import { runTimeToImage } from './scenarios/time-to-image/time-to-image-scenario.js';

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = join(BENCH_DIR, 'results.json');
const PERFORMANCE_DOC = join(BENCH_DIR, '..', 'docs', 'performance.md');

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(BENCH_USAGE);
    return;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (args.renderOnly) {
    const saved = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as BenchResults;
    const results = { ...saved, targets: evaluateTargets(saved.parts) };
    printSummary(results, (text) => process.stdout.write(text));
    await writeFile(PERFORMANCE_DOC, performanceMarkdown(results));
    log(`\nwrote ${PERFORMANCE_DOC} from ${RESULTS_FILE}`);
    return;
  }
  const started = performance.now();
  const machine = machineInfo();
  const scripts = await bundleChildren();
  const profileDir = join(BENCH_DIR, '.tmp', 'profiles');
  const childExecArgv = args.childFlags.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (childExecArgv.length > 0) await mkdir(profileDir, { recursive: true });
  const emulator = await startEmulatorProcess();
  log(`emulator (pid ${emulator.pid}) at ${emulator.baseUrl}`);
  let results: BenchResults;
  try {
    await emulator.admin.configure(BENCH_EMULATOR_CONFIG);
    const context: BenchContext = {
      emulator,
      address: { baseUrl: emulator.baseUrl, urls: emulator.urls, adminUrl: emulator.adminUrl },
      quick: args.quick,
      scripts,
      childExecArgv,
      log,
      runChild: (script, input, timeoutMs) =>
        runInChild(scripts[script], input, { timeoutMs, execArgv: childExecArgv }),
    };
    const parts: BenchResults['parts'] = {};
    if (args.parts.includes('overhead')) parts.overhead = await runOverhead(context);
    if (args.parts.includes('time-to-image')) parts.timeToImage = await runTimeToImage(context);
    if (args.parts.includes('economy')) parts.economy = await runEconomy(context);
    if (args.parts.includes('scale')) parts.scale = await runScale(context);
    if (args.parts.includes('server')) parts.server = await runServer(context);
    results = {
      machine,
      quick: args.quick,
      durationSeconds: (performance.now() - started) / 1000,
      loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      emulatorCpuMs: emulator.cpuMs(),
      parts,
      targets: evaluateTargets(parts),
    };
  } finally {
    await emulator.stop();
  }
  printSummary(results, (text) => process.stdout.write(text));
  if (args.write) {
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(PERFORMANCE_DOC, performanceMarkdown(results));
    log(`\nwrote ${RESULTS_FILE} and ${PERFORMANCE_DOC}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
