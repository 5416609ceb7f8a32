import { createLogger, type Logger } from '@g4f-kit/core';

/** A real pino logger (redaction included) at trace level, writing into memory. */
export function captureLogs(): { logger: Logger; readonly text: string } {
  const lines: string[] = [];
  const logger = createLogger({ level: 'trace', destination: { write: (line: string) => lines.push(line) } });
  return {
    logger,
    get text() {
      return lines.join('');
    },
  };
}
