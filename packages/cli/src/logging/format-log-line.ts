import type { Colors } from '../io/terminal.js';

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
/** pino's bookkeeping fields, left out of the line. */
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'v', 'provider', 'component', 'err']);

export interface FormatLogLineOptions {
  colors: Colors;
  /** Adds an error's stack. */
  debug?: boolean;
}

/**
 * Turns one pino JSON line into a line for people:
 * `warn  [ARTA] token refresh failed status=401`. Anything that is not JSON
 * passes through unchanged.
 */
export function formatLogLine(line: string, options: FormatLogLineOptions): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const { colors } = options;
  const level = LEVEL_NAMES[Number(record.level)] ?? String(record.level ?? 'log');
  const source = [record.provider, record.component].filter((value) => typeof value === 'string').join('/');
  const parts = [paint(level.padEnd(5), level, colors)];
  if (source) parts.push(colors.dim(`[${source}]`));
  if (typeof record.msg === 'string' && record.msg !== '') parts.push(record.msg);
  for (const [key, value] of Object.entries(record)) {
    if (!HIDDEN.has(key) && value !== undefined) parts.push(colors.dim(`${key}=${stringify(value)}`));
  }
  const error = record.err as { message?: unknown; stack?: unknown } | undefined;
  if (error && typeof error === 'object') {
    if (typeof error.message === 'string') parts.push(colors.dim(`error=${JSON.stringify(error.message)}`));
    if (options.debug && typeof error.stack === 'string') parts.push(`\n${error.stack}`);
  }
  return `${parts.join(' ')}\n`;
}

function paint(text: string, level: string, colors: Colors): string {
  if (level === 'error' || level === 'fatal') return colors.red(text);
  if (level === 'warn') return colors.yellow(text);
  if (level === 'info') return colors.cyan(text);
  return colors.gray(text);
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return /\s|=|"/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? String(value);
}
