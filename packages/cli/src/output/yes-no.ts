import type { Colors } from '../io/terminal.js';

/** `yes` / `no` for a table cell, green and dim when coloured. */
export function yesNo(value: boolean, colors: Colors): string {
  return value ? colors.green('yes') : colors.dim('no');
}
