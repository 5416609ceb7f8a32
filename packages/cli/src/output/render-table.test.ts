import { describe, expect, it } from 'vitest';
import { renderTable } from './render-table.js';

describe('renderTable', () => {
  it('draws a bordered table without colour codes unless asked', () => {
    const text = renderTable(
      [
        { name: 'ARTA', models: 56 },
        { name: 'G4F', models: 4 },
      ],
      [
        { header: 'Name', value: (row) => row.name },
        { header: 'Models', value: (row) => String(row.models), align: 'right' },
      ],
    );
    expect(text).not.toContain('\u001b[');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/│ Name\s+│ Models │/);
    expect(lines[2]).toMatch(/^├─+┼─+┤$/);
    expect(lines[3]).toMatch(/│ ARTA\s+│\s+56 │/);
    expect(lines[4]).toMatch(/│ G4F\s+│\s+4 │/);
  });
});
