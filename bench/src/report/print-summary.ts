import type { BenchResults } from './bench-results.js';
import { markdownTable } from './format.js';
import { resultTables, targetTable } from './result-tables.js';

/** The tables and the PASS/MISS list, on stdout. */
export function printSummary(results: BenchResults, write: (text: string) => void): void {
  const { machine } = results;
  write(
    `\ng4f-kit bench: ${machine.cpuModel} × ${machine.cores}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}` +
      `${results.quick ? ' (--quick)' : ''}, ${Math.round(results.durationSeconds)} s\n`,
  );
  for (const table of [...resultTables(results), targetTable(results)]) {
    write(`\n${table.title}\n\n${markdownTable(table)}\n`);
  }
  const missed = results.targets.filter((target) => !target.pass).length;
  write(`\n${results.targets.length - missed} of ${results.targets.length} targets met, ${missed} missed\n`);
}
