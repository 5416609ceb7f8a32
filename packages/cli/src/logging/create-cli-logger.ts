import { createLogger, type Logger, type LogLevel } from '@g4f-kit/core';
import type { Terminal } from '../io/terminal.js';
import { formatLogLine } from './format-log-line.js';

export interface CliLoggerOptions {
  level: LogLevel;
  terminal: Terminal;
  debug?: boolean;
}

/**
 * core's logger (pino, credentials redacted), writing readable lines to
 * stderr: stdout carries only results, so `--json` output pipes cleanly.
 */
export function createCliLogger(options: CliLoggerOptions): Logger {
  const { terminal, debug } = options;
  return createLogger({
    level: options.level,
    destination: { write: (line: string) => terminal.err(formatLogLine(line, { colors: terminal.colors, debug })) },
  });
}
