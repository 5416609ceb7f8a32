export { type Clock, systemClock } from './clock.js';
export { configSchema, type G4FConfig, LOG_LEVELS, type LogLevel } from './config-schema.js';
export { type ConfigOverrides, type LoadConfigOptions, loadConfig } from './load-config.js';
