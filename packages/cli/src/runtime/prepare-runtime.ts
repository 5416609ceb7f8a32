import { type ConfigOverrides, type G4FConfig, loadConfig } from '@g4f-kit/core';
import { createCliLogger } from '../logging/create-cli-logger.js';
import type { CliContext } from './cli-context.js';
import type { RuntimeOptions } from './cli-services.js';
import type { GlobalOptions } from './global-options.js';

export interface PreparedRuntime {
  options: RuntimeOptions;
  /** The configuration as the runtime will see it. */
  config: G4FConfig;
}

/**
 * Turns the global flags and a command's config overrides into createRuntime
 * options. The config is loaded here once first, so a bad file or variable
 * fails before anything starts and the logger gets the configured level;
 * `--log-level` (or `--debug`) overrides it. Logs go to stderr.
 */
export function prepareRuntime(
  context: CliContext,
  globals: GlobalOptions,
  overrides: ConfigOverrides = {},
): PreparedRuntime {
  const logLevel = globals.logLevel ?? (globals.debug ? 'debug' : undefined);
  const merged: ConfigOverrides = logLevel === undefined ? overrides : { ...overrides, logLevel };
  const { cwd, env } = context.io;
  const config = loadConfig({ file: globals.config, cwd, env, overrides: merged });
  const logger = createCliLogger({ level: config.logLevel, terminal: context.terminal, debug: globals.debug });
  return {
    config,
    options: {
      cwd,
      env,
      overrides: merged,
      logger,
      ...(globals.config === undefined ? {} : { configFile: globals.config }),
    },
  };
}

/** Builds the runtime (config, built-in and configured plugins, container, client). */
export async function openRuntime(context: CliContext, globals: GlobalOptions, overrides: ConfigOverrides = {}) {
  const { options } = prepareRuntime(context, globals, overrides);
  return context.services.createRuntime(options);
}
