import Table from 'cli-table3';

export interface TableColumn<Row> {
  header: string;
  value: (row: Row) => string;
  align?: 'left' | 'right' | 'center';
}

export interface RenderTableOptions {
  /** Colour the header and borders (for a TTY). */
  color?: boolean;
}

/** A bordered table (cli-table3), as text ending with a newline. */
export function renderTable<Row>(
  rows: readonly Row[],
  columns: ReadonlyArray<TableColumn<Row>>,
  options: RenderTableOptions = {},
): string {
  const table = new Table({
    head: columns.map((column) => column.header),
    colAligns: columns.map((column) => column.align ?? 'left'),
    style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] },
    // No rule between body rows: long lists (ARTA has dozens of models) stay compact.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(columns.map((column) => column.value(row)));
  return `${withHeaderRule(table.toString())}\n`;
}

/**
 * Without body rules cli-table3 drops the one under the header too; put it
 * back, shaped like the top border (header cells never wrap: no wordWrap).
 */
function withHeaderRule(text: string): string {
  const lines = text.split('\n');
  const top = lines[0];
  if (top === undefined || lines.length < 3) return text;
  const rule = top.replace('┌', '├').replaceAll('┬', '┼').replace('┐', '┤');
  return [top, lines[1], rule, ...lines.slice(2)].join('\n');
}
