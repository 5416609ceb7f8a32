/** The subset of a pino logger the emulator uses; pass a pino logger or anything alike. */
export interface EmulatorLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const noop = (): void => {};

/** A logger that discards everything (the default). */
export const silentLogger: EmulatorLogger = { debug: noop, info: noop, warn: noop, error: noop };
