import { createLogger, type Logger } from '../logging/create-logger.js';

export interface CapturedLogs {
  logger: Logger;
  /** Every line written so far, as raw JSON text (what would reach a terminal or file). */
  readonly text: string;
  /** The parsed log records. */
  records(): Array<Record<string, unknown>>;
}

/** A real pino logger (redaction included) whose output is kept in memory. */
export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({ level: 'trace', destination: { write: (line: string) => lines.push(line) } });
  return {
    logger,
    get text() {
      return lines.join('');
    },
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
