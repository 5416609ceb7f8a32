import type { Client, G4FConfig, ProviderRegistry } from '@g4f-kit/core';
import type { EmulatorUrls } from '@g4f-kit/emulator';
import type { CreateRuntimeOptions } from '@g4f-kit/server';

/** What `createRuntime()` of @g4f-kit/server takes. */
export type RuntimeOptions = CreateRuntimeOptions;

/** The parts of @g4f-kit/server's Runtime the commands use. */
export interface CliRuntime {
  config: G4FConfig;
  registry: ProviderRegistry;
  client: Client;
  close(): Promise<void>;
}

export interface ServerOptions extends RuntimeOptions {
  host?: string;
  port?: number;
  apiKey?: string;
  /** A runtime the caller built and still owns (closes). */
  runtime?: CliRuntime;
}

export interface ServerHandle {
  url: string;
  close(): Promise<void>;
}

export interface EmulatorHandle {
  port: number;
  baseUrl: string;
  urls: EmulatorUrls;
  close(): Promise<void>;
}

/**
 * The heavy collaborators, injectable so commands run in tests with stand-ins.
 * The defaults import their package on first use, so `--help` or a usage
 * error never loads the server or the emulator.
 */
export interface CliServices {
  createRuntime(options: RuntimeOptions): Promise<CliRuntime>;
  startServer(options: ServerOptions): Promise<ServerHandle>;
  startEmulator(options: { port?: number; host?: string }): Promise<EmulatorHandle>;
}
