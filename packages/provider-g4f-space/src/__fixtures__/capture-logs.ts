import { createLogger, type Logger } from '@g4f-kit/core';

export interface CapturedLogs {
  logger: Logger;
  /** Everything written, as raw text (what would reach a terminal). */
  readonly text: string;
  records(): Array<Record<string, unknown>>;
}

/** A real pino logger (with core's redaction) writing to memory. */
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
