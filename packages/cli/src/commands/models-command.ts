import type { RegisteredProvider } from '@g4f-kit/core';
import { Command, Option } from 'commander';
import { type ModelRow, modelRows } from '../catalog/model-rows.js';
import { parseName } from '../flags/flag-parsers.js';
import { renderTable, type TableColumn } from '../output/render-table.js';
import { writeJson } from '../output/write-json.js';
import type { CliContext } from '../runtime/cli-context.js';
import type { CliRuntime } from '../runtime/cli-services.js';
import type { GlobalOptions } from '../runtime/global-options.js';
import { withRuntime } from '../runtime/with-runtime.js';

const EXAMPLES = `
Examples:
  $ g4f-kit models
  $ g4f-kit models --provider ARTA
  $ g4f-kit models --json | jq -r '.[] | select(.kind == "image") | .model'
`;

/** `g4f-kit models`: every model name, the providers that serve it, and what it produces. */
export function modelsCommand(context: CliContext): Command {
  return new Command('models')
    .description('list model names (aliases included), the providers serving each, and their kind')
    .addOption(new Option('-p, --provider <name>', "only this provider's models").argParser(parseName))
    .option('--json', 'print the list as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (options: { provider?: string; json?: boolean }, command: Command) => {
      await withRuntime(context, command.optsWithGlobals<GlobalOptions>(), {}, async (runtime) => {
        const rows = modelRows(selectProviders(runtime, options.provider));
        if (options.json) {
          writeJson(
            context.terminal,
            rows.map((row) => ({ model: row.model, providers: row.providers, kind: row.kinds.join('/') })),
          );
        } else {
          context.terminal.out(renderModelTable(rows, context));
        }
      });
    });
}

/** Every registered provider, or the named one (an unknown name lists the registered ones). */
function selectProviders(runtime: CliRuntime, name: string | undefined): RegisteredProvider[] {
  const entries = runtime.registry.list();
  if (name === undefined) return entries;
  const provider = runtime.registry.get(name);
  return entries.filter((entry) => entry.provider === provider);
}

export function renderModelTable(rows: readonly ModelRow[], context: Pick<CliContext, 'terminal'>): string {
  const { terminal } = context;
  if (rows.length === 0) return 'No models.\n';
  const columns: TableColumn<ModelRow>[] = [
    { header: 'Model', value: (row) => row.model },
    { header: 'Provider(s)', value: (row) => row.providers.join(', ') },
    { header: 'Kind', value: (row) => row.kinds.join('/') },
  ];
  return renderTable(rows, columns, { color: terminal.stdoutIsTTY && terminal.outColors.isColorSupported });
}
