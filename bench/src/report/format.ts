/** A number for a table: fixed digits, or "–" when not measured. */
export function fmt(value: number | undefined, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value.toFixed(digits);
}

export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** One paragraph under the title: what the scenario does. */
  note?: string;
}

/** A GitHub-flavoured markdown table (also what the console prints). */
export function markdownTable(table: Table): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(table.headers), line(table.headers.map(() => '---')), ...table.rows.map(line)].join('\n');
}
