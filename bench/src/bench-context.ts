import type { ChildScripts } from './build/bundle-children.js';
import type { EmulatorAddress } from './emulator/emulator-address.js';
import type { EmulatorProcess } from './emulator/emulator-process.js';

/** What every scenario gets from the orchestrator. */
export interface BenchContext {
  emulator: EmulatorProcess;
  /** The emulator's address as plain data, for children. */
  address: EmulatorAddress;
  quick: boolean;
  scripts: ChildScripts;
  /** Node flags for every scenario child (e.g. CPU profiling). */
  childExecArgv: readonly string[];
  log(line: string): void;
  /** Runs a bundled child script with `input` and returns its result. */
  runChild<I, R>(script: keyof ChildScripts, input: I, timeoutMs: number): Promise<R>;
}
