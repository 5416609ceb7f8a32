import { resolve } from 'node:path';
import {
  type AuthStore,
  Client,
  type ConfigOverrides,
  createContainer,
  createLogger,
  disposeContainer,
  type G4FConfig,
  G4FError,
  getRegistry,
  type Logger,
  loadConfig,
  loadPlugins,
  type Plugin,
  type ProviderRegistry,
} from '@g4f-kit/core';
import type { DependencyContainer } from 'tsyringe';
import { resolveBuiltinPlugins } from './builtin-plugins.js';

export interface CreateRuntimeOptions {
  /** A config file; else `G4F_CONFIG`; else `g4f-kit.config.json` in `cwd` if present. */
  configFile?: string;
  /** Where the config file, relative directories and `config.plugins` resolve. Default: `process.cwd()`. */
  cwd?: string;
  /** The environment `G4F_*` variables are read from. Default: `process.env`. */
  env?: Record<string, string | undefined>;
  /** The strongest config layer (a CLI's flags). */
  overrides?: ConfigOverrides;
  /** Plugins already loaded, installed after the built-ins and `config.plugins`. */
  plugins?: Plugin[];
  /** Load the built-in providers (ARTA, G4F space). Default: true. */
  builtins?: boolean;
  logger?: Logger;
  authStore?: AuthStore;
}

/** A configured container with its providers and a client over them. */
export interface Runtime {
  /** The loaded config; `mediaDir` and `cookiesDir` are absolute. */
  config: G4FConfig;
  container: DependencyContainer;
  registry: ProviderRegistry;
  client: Client;
  logger: Logger;
  /** Releases pooled sockets. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Loads the config (file < env < overrides), then the plugins: the built-in
 * providers (resolved from this package), `config.plugins` (resolved from
 * `cwd`) and `options.plugins`, all through core's plugin loader, as any
 * third-party plugin is. A later plugin with the same name replaces an
 * earlier one, so a user's plugin can stand in for a built-in.
 */
export async function createRuntime(options: CreateRuntimeOptions = {}): Promise<Runtime> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded = loadConfig({
    cwd,
    ...(options.configFile === undefined ? {} : { file: options.configFile }),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
  });
  const config: G4FConfig = {
    ...loaded,
    mediaDir: resolve(cwd, loaded.mediaDir),
    ...(loaded.cookiesDir === undefined ? {} : { cookiesDir: resolve(cwd, loaded.cookiesDir) }),
  };
  const logger = options.logger ?? createLogger({ level: config.logLevel });

  const builtins = options.builtins === false ? [] : await loadPlugins(builtinSpecifiers());
  const configured = await loadPlugins(config.plugins, { cwd });
  const plugins = lastByName([...builtins, ...configured, ...(options.plugins ?? [])]);

  const container = createContainer({
    plugins,
    config,
    logger,
    ...(options.authStore === undefined ? {} : { authStore: options.authStore }),
  });
  const client = new Client({ container, mediaDir: config.mediaDir });
  let closing: Promise<void> | undefined;
  return {
    config,
    container,
    registry: getRegistry(container),
    client,
    logger,
    close: () => {
      closing ??= disposeContainer(container);
      return closing;
    },
  };
}

function builtinSpecifiers(): string[] {
  try {
    return resolveBuiltinPlugins();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new G4FError(`Cannot load the built-in providers: ${reason}`, { cause: error });
  }
}

/** Keeps one plugin per name: the last one given wins, in the first one's place. */
function lastByName(plugins: readonly Plugin[]): Plugin[] {
  const byName = new Map<string, Plugin>();
  for (const plugin of plugins) byName.set(plugin.name, plugin);
  return [...byName.values()];
}
