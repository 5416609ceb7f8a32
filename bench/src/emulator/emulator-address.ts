import type { EmulatorUrls } from '@g4f-kit/emulator';

/** How a child reaches the emulator process (plain data, sent over IPC). */
export interface EmulatorAddress {
  baseUrl: string;
  urls: EmulatorUrls;
  adminUrl: string;
}
