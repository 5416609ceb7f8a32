import type { LogLevel } from '@g4f-kit/core';

/** The options every command accepts (set before or after the command name). */
export interface GlobalOptions {
  /** Config file; default `g4f-kit.config.json` in the working directory when present. */
  config?: string;
  /** Stack traces on errors and debug logs. */
  debug?: boolean;
  logLevel?: LogLevel;
}
