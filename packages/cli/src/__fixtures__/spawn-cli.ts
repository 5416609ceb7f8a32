import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BIN = fileURLToPath(new URL('../bin.ts', import.meta.url));
/** tsx's loader by absolute URL: `--import tsx` would be resolved from the temp dir. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** The repository's tsconfig (experimentalDecorators): tsx would look for one in the temp dir. */
const TSCONFIG = fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment without the caller's G4F_* settings, so the test's config file decides. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('G4F_')));
  return { ...env, TSX_TSCONFIG_PATH: TSCONFIG, NO_COLOR: '1', ...extra };
}

/** Starts `g4f-kit <args>` as a user would (from TypeScript sources, no TTY). */
export function spawnCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--conditions=@g4f-kit/source', '--import', TSX, BIN, ...args], {
    cwd,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `g4f-kit <args>` to the end and collects its output. */
export function runCliProcess(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CliResult> {
  return finished(spawnCli(args, cwd, env));
}

/** Output so far, for a process that keeps running. */
export function collect(child: ChildProcess): { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return { stdout: () => stdout, stderr: () => stderr };
}

/** Resolves with the exit code and all output once the process ends. */
export function finished(child: ChildProcess, output = collect(child)): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout: output.stdout(), stderr: output.stderr() }));
  });
}

/** Waits until stdout matches, failing with what was printed if the process ends or time runs out. */
export async function waitForOutput(
  child: ChildProcess,
  output: ReturnType<typeof collect>,
  pattern: RegExp,
  timeoutMs = 20_000,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(output.stdout());
    if (match) return match;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no ${pattern} on stdout; stdout: ${output.stdout()}; stderr: ${output.stderr()}`);
}
