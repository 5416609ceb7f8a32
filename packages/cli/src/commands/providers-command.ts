import { Command } from 'commander';
import { type ProviderRow, providerRows } from '../catalog/provider-rows.js';
import { renderTable, type TableColumn } from '../output/render-table.js';
import { writeJson } from '../output/write-json.js';
import { yesNo } from '../output/yes-no.js';
import type { CliContext } from '../runtime/cli-context.js';
import type { GlobalOptions } from '../runtime/global-options.js';
import { withRuntime } from '../runtime/with-runtime.js';

const EXAMPLES = `
Examples:
  $ g4f-kit providers
  $ g4f-kit providers --json | jq -r '.[] | select(.working) | .name'
  $ g4f-kit --config ./with-plugins.json providers   # third-party plugins listed in the config show up too
`;

/** `g4f-kit providers`: every registered provider (built-in and plugins) with its metadata. */
export function providersCommand(context: CliContext): Command {
  return new Command('providers')
    .description('list the registered providers (built-in and from plugins)')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (options: { json?: boolean }, command: Command) => {
      await withRuntime(context, command.optsWithGlobals<GlobalOptions>(), {}, async (runtime) => {
        const rows = providerRows(runtime.registry.list());
        if (options.json) writeJson(context.terminal, rows);
        else context.terminal.out(renderProviderTable(rows, context));
      });
    });
}

export function renderProviderTable(rows: readonly ProviderRow[], context: Pick<CliContext, 'terminal'>): string {
  const { terminal } = context;
  if (rows.length === 0) return 'No providers registered.\n';
  const colors = terminal.outColors;
  const columns: TableColumn<ProviderRow>[] = [
    { header: 'Name', value: (row) => row.name },
    { header: 'Label', value: (row) => row.label },
    { header: 'Working', value: (row) => yesNo(row.working, colors) },
    { header: 'Needs auth', value: (row) => yesNo(row.needsAuth, colors) },
    { header: 'Models', value: (row) => String(row.models), align: 'right' },
    { header: 'URL', value: (row) => row.url },
  ];
  return renderTable(rows, columns, { color: terminal.stdoutIsTTY && colors.isColorSupported });
}
