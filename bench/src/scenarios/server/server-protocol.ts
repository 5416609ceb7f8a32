import type { EmulatorAddress } from '../../emulator/emulator-address.js';

/** Orchestrator → server child. */
export type ServerCommand = { type: 'start'; emulator: EmulatorAddress } | { type: 'usage' } | { type: 'stop' };

/** Server child → orchestrator. */
export type ServerEvent =
  | { type: 'ready'; url: string }
  | { type: 'usage'; cpuMs: number; rssMiB: number; maxRssMiB: number }
  | { type: 'error'; message: string };
