import { Command, Option } from 'commander';
import { parsePort } from '../flags/flag-parsers.js';
import { writeJson } from '../output/write-json.js';
import type { CliContext } from '../runtime/cli-context.js';
import type { EmulatorHandle } from '../runtime/cli-services.js';
import { waitForSignal } from '../runtime/wait-for-signal.js';

interface EmulatorOptions {
  port: number;
  host?: string;
  json?: boolean;
}

const DEFAULT_PORT = 8765;

const EXAMPLES = `
Examples:
  $ g4f-kit emulator                       # http://127.0.0.1:${DEFAULT_PORT}
  $ g4f-kit emulator --port 0 --json       # any free port; URLs and config block as JSON

Paste the printed "providers" block into g4f-kit.config.json, then in another terminal:
  $ g4f-kit image "a red fox" --provider ARTA
  $ g4f-kit chat "hello" --provider DeepseekAI_JanusPro7b
`;

/** `g4f-kit emulator`: local stand-ins for every upstream, until SIGINT or SIGTERM. */
export function emulatorCommand(context: CliContext): Command {
  return new Command('emulator')
    .description('run local stand-ins for the upstream services (offline demos and tests) until Ctrl+C')
    .addOption(
      new Option('--port <port>', `port, 0 for any free one (default: ${DEFAULT_PORT})`)
        .argParser(parsePort)
        .default(DEFAULT_PORT, String(DEFAULT_PORT)),
    )
    .option('--host <host>', 'interface to listen on (default: 127.0.0.1)')
    .option('--json', 'print {baseUrl, urls, config:{providers}} as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (options: EmulatorOptions) => {
      const emulator = await context.services.startEmulator({
        port: options.port,
        ...(options.host === undefined ? {} : { host: options.host }),
      });
      try {
        // The emulator's own mapping of its URLs to the providers' settings.
        const { g4fKitProvidersConfig } = await import('@g4f-kit/emulator');
        printEmulator(context, emulator, { providers: g4fKitProvidersConfig(emulator) }, options.json === true);
        const signal = await waitForSignal(context.io);
        context.terminal.err(`Received ${signal}, closing…\n`);
      } finally {
        await emulator.close();
      }
    });
}

function printEmulator(context: CliContext, emulator: EmulatorHandle, config: { providers: object }, json: boolean) {
  const { terminal } = context;
  if (json) {
    writeJson(terminal, { baseUrl: emulator.baseUrl, urls: emulator.urls, config });
  } else {
    const urls: Array<[string, string]> = [
      ['firebaseSignUp', emulator.urls.firebaseSignUp],
      ['firebaseRefresh', emulator.urls.firebaseRefresh],
      ['arta', emulator.urls.arta],
      ['huggingFace', emulator.urls.huggingFace],
      ...Object.entries(emulator.urls.spaces).map(([space, url]): [string, string] => [`space ${space}`, url]),
    ];
    const width = Math.max(...urls.map(([name]) => name.length));
    let text = `g4f-kit emulator on ${emulator.baseUrl}\n\n`;
    for (const [name, url] of urls) text += `  ${name.padEnd(width)}  ${url}\n`;
    text += '\nTo point g4f-kit at it, put this in g4f-kit.config.json:\n\n';
    text += `${JSON.stringify(config, null, 2)}\n`;
    terminal.out(text);
  }
  terminal.err('Emulator running. Press Ctrl+C to stop.\n');
}
