import { InvalidConfigError } from '../errors/invalid-config-error.js';
import { configIssues } from './config-issues.js';
import { configSchema, type G4FConfig } from './config-schema.js';
import type { DeepPartial } from './deep-partial.js';
import { type ConfigLayer, mergeConfigLayers } from './merge-config-layers.js';
import { readConfigFile } from './read-config-file.js';
import { readEnvironment } from './read-environment.js';

/** Explicit settings, the strongest layer; any part may be left out. */
export type ConfigOverrides = DeepPartial<G4FConfig>;

export interface LoadConfigOptions {
  /** The config file; else `G4F_CONFIG`; else `g4f-kit.config.json` in `cwd` if present. */
  file?: string;
  /** Defaults to `process.env`. */
  env?: Record<string, string | undefined>;
  overrides?: ConfigOverrides;
  /** Where relative file names resolve; defaults to `process.cwd()`. */
  cwd?: string;
}

/**
 * Builds the configuration from defaults < config file < `G4F_*` environment
 * < overrides. Objects (`server`, `providers` and each provider's entry) merge
 * at every depth; arrays such as `plugins` replace. Synchronous, for start-up.
 *
 * Throws {@link InvalidConfigError} naming every bad field and where its value
 * came from; secret values (the API key, proxy credentials) are never quoted.
 */
export function loadConfig(options: LoadConfigOptions = {}): G4FConfig {
  const env = options.env ?? process.env;
  const layers: ConfigLayer[] = [];
  const file = readConfigFile({ file: options.file, env, cwd: options.cwd ?? process.cwd() });
  if (file) layers.push(file);
  layers.push(...readEnvironment(env));
  if (options.overrides) layers.push({ values: options.overrides, origin: 'overrides' });

  const { values, origins } = mergeConfigLayers(layers);
  // reportInput lets safe fields show the rejected value; configIssues drops it for the rest.
  const result = configSchema.safeParse(values, { reportInput: true });
  if (result.success) return result.data;
  throw new InvalidConfigError(configIssues(result.error, origins));
}
