import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient, FileAuthStore } from '@g4f-kit/core';
import { type Emulator, g4fKitProvidersConfig, type StartEmulatorOptions, startEmulator } from '@g4f-kit/emulator';
import { artaPlugin } from '@g4f-kit/provider-arta';
import { g4fSpacePlugin } from '@g4f-kit/provider-g4f-space';

export interface Stack {
  emulator: Emulator;
  client: Client;
  directory: string;
  close(): Promise<void>;
}

/**
 * The real stack on real sockets: an emulator on 127.0.0.1, and a client
 * whose built-in providers point at it through configuration only.
 */
export async function startStack(emulatorOptions: StartEmulatorOptions = {}, timeoutMs = 20_000): Promise<Stack> {
  const emulator = await startEmulator({ artaMaxSide: 64, janusImageSize: 32, janusImageCount: 2, ...emulatorOptions });
  const directory = await mkdtemp(join(tmpdir(), 'g4f-kit-e2e-'));
  const client = createClient({
    plugins: [artaPlugin, g4fSpacePlugin],
    authStore: new FileAuthStore({ directory: join(directory, 'cookies') }),
    config: {
      logLevel: 'silent',
      mediaDir: join(directory, 'media'),
      timeoutMs,
      providers: g4fKitProvidersConfig(emulator),
    },
  });
  return {
    emulator,
    client,
    directory,
    async close() {
      await client.close();
      await emulator.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buffer.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
