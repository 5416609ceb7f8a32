import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, type Clock, createClient, FileAuthStore, HttpClient } from '@g4f-kit/core';
import { type EmulatorUrls, g4fKitProvidersConfig } from '@g4f-kit/emulator';
import { artaPlugin } from '@g4f-kit/provider-arta';
import { g4fSpacePlugin } from '@g4f-kit/provider-g4f-space';

export interface BenchClientOptions {
  baseUrl: string;
  urls: EmulatorUrls;
  /** Injected time source (token ages); the system clock when absent. */
  clock?: Clock;
  timeoutMs?: number;
  /** Sockets per origin; the library's default when absent. */
  connections?: number;
}

export interface BenchClient {
  client: Client;
  close(): Promise<void>;
}

/**
 * The public client as an application builds it: the built-in providers
 * pointed at the emulator through configuration only, logging off, a fresh
 * (empty) file auth store and media directory, the library's defaults for
 * everything else (HttpClient pool, poll schedule, time limits).
 */
export async function createBenchClient(options: BenchClientOptions): Promise<BenchClient> {
  const directory = await mkdtemp(join(tmpdir(), 'g4f-kit-bench-'));
  const client = createClient({
    plugins: [artaPlugin, g4fSpacePlugin],
    authStore: new FileAuthStore({ directory: join(directory, 'cookies') }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.connections ? { httpClient: new HttpClient({ connections: options.connections }) } : {}),
    config: {
      logLevel: 'silent',
      mediaDir: join(directory, 'media'),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      providers: g4fKitProvidersConfig({ baseUrl: options.baseUrl, urls: options.urls }),
    },
  });
  return {
    client,
    async close() {
      await client.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
