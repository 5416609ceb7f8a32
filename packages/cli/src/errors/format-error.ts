import { CommanderError } from 'commander';

export interface FormatErrorOptions {
  /** Adds the stack trace and every `cause` below it. */
  debug?: boolean;
  /** The command the error came from, for the "see --help" hint on usage errors. */
  commandPath?: string;
}

/**
 * One line, `g4f-kit: <message>`, for stderr. With `debug`, the stack and the
 * chain of causes follow. Commander's own "error: " prefix is dropped so
 * every error reads the same.
 */
export function formatError(error: unknown, options: FormatErrorOptions = {}): string {
  const message = messageOf(error);
  const hint = error instanceof CommanderError && options.commandPath ? ` (see '${options.commandPath} --help')` : '';
  let text = `g4f-kit: ${message}${hint}\n`;
  if (options.debug) text += details(error);
  return text;
}

function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/^error: /, '').trim();
  return message === '' ? (error instanceof Error ? error.name : 'unknown error') : oneLine(message);
}

/** Multi-line messages (an aggregate of attempts) become "first line; second line". */
function oneLine(message: string): string {
  const lines = message
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.reduce((text, line) => {
    if (text === '') return line;
    const glue = text.endsWith(':') || line.startsWith('(') ? ' ' : '; ';
    return `${text}${glue}${line}`;
  }, '');
}

function details(error: unknown): string {
  let text = '';
  const seen = new Set<unknown>();
  let current: unknown = error;
  let depth = 0;
  while (current !== undefined && current !== null && !seen.has(current) && depth < 10) {
    seen.add(current);
    const prefix = depth === 0 ? '' : 'Caused by: ';
    if (current instanceof Error) {
      text += `${prefix}${current.stack ?? `${current.name}: ${current.message}`}\n`;
      current = current.cause;
    } else {
      text += `${prefix}${String(current)}\n`;
      current = undefined;
    }
    depth += 1;
  }
  return text;
}
