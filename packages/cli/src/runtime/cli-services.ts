import type { AuthStore, Client, ConfigOverrides, G4FConfig, Logger, Plugin, ProviderRegistry } from '@g4f-kit/core';
import type { EmulatorUrls } from '@g4f-kit/emulator';

/** What `createRuntime()` of @g4f-kit/server takes, as far as the CLI uses it. */
export interface RuntimeOptions {
  configFile?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  overrides?: ConfigOverrides;
  plugins?: Plugin[];
  builtins?: boolean;
  logger?: Logger;
  authStore?: AuthStore;
}

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
