import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmulatorAddress } from './emulator-address.js';
import { EmulatorAdmin } from './emulator-admin.js';

export interface EmulatorProcess extends EmulatorAddress {
  readonly pid: number;
  readonly admin: EmulatorAdmin;
  /** CPU the emulator process has used so far (user + system ms), from /proc. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** The built bin of @g4f-kit/emulator (`dist/bin.js`, next to the package's main). */
export function emulatorBinPath(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('@g4f-kit/emulator'))), 'bin.js');
}

/**
 * Starts the emulator's bin in its own process on 127.0.0.1 with `--port 0`
 * and reads the JSON it prints (base URL, upstream URLs, admin URL).
 */
export async function startEmulatorProcess(args: readonly string[] = []): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [emulatorBinPath(), '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await readAddress(child);
  const pid = child.pid as number;
  return {
    ...address,
    pid,
    admin: new EmulatorAdmin(address.adminUrl),
    cpuMs: () => processCpuMs(pid),
    stop: () => stopChild(child),
  };
}

function readAddress(child: ChildProcess): Promise<EmulatorAddress> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error('the emulator printed no address within 15 s')), 15_000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`the emulator exited early (code ${code})`)));
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      try {
        const parsed = JSON.parse(output) as EmulatorAddress;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(parsed);
      } catch {
        // not the whole JSON yet
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** utime + stime of a process from /proc/<pid>/stat, in ms (Linux; NaN elsewhere). */
export function processCpuMs(pid: number): number {
  try {
    // Fields after the command name: state is field 3; utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(afterName[11]) + Number(afterName[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Linux's USER_HZ, 100 on every mainstream build. */
const CLOCK_TICKS_PER_SECOND = 100;
