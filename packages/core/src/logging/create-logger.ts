import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger } from 'pino';

/** Field paths whose values never reach a log line. */
export const REDACTED_PATHS: readonly string[] = [
  'apiKey',
  'token',
  'idToken',
  'refreshToken',
  'cookies',
  'authorization',
  'password',
  '*.apiKey',
  '*.token',
  '*.idToken',
  '*.id_token',
  '*.refreshToken',
  '*.refresh_token',
  '*.cookies',
  '*.cookie',
  '*.authorization',
  '*.Authorization',
  '*["x-zerogpu-token"]',
  '*["g4f-api-key"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-zerogpu-token"]',
  'req.headers.authorization',
  'req.headers["g4f-api-key"]',
  'req.headers.cookie',
];

export interface CreateLoggerOptions {
  level?: LoggerOptions['level'];
  name?: string;
  destination?: DestinationStream;
}

/** A pino logger that redacts credentials wherever they appear in a log object. */
export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const loggerOptions: LoggerOptions = {
    level: options.level ?? 'info',
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    ...(options.name === undefined ? {} : { name: options.name }),
  };
  return options.destination ? pino(loggerOptions, options.destination) : pino(loggerOptions);
}

/** A logger that drops everything; the default for library use and tests. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
