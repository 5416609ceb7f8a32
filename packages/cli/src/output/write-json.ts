import type { Terminal } from '../io/terminal.js';

/** Writes a value as indented JSON on stdout, newline-terminated. */
export function writeJson(terminal: Terminal, value: unknown): void {
  terminal.out(`${JSON.stringify(value, null, 2)}\n`);
}
