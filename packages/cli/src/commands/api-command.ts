import { definedOnly } from '@g4f-kit/core';
import { Command, Option } from 'commander';
import { parsePort } from '../flags/flag-parsers.js';
import type { CliContext } from '../runtime/cli-context.js';
import type { GlobalOptions } from '../runtime/global-options.js';
import { prepareRuntime } from '../runtime/prepare-runtime.js';
import { waitForSignal } from '../runtime/wait-for-signal.js';

interface ApiOptions {
  host?: string;
  port?: number;
  apiKey?: string;
}

const EXAMPLES = `
Examples:
  $ g4f-kit api                                  # http://127.0.0.1:1337
  $ g4f-kit api --host 0.0.0.0 --port 8080
  $ G4F_API_KEY=secret-key g4f-kit api           # clients send "Authorization: Bearer secret-key"
  $ curl http://127.0.0.1:1337/v1/models

Host, port and key default to the config file's "server" block, then G4F_HOST,
G4F_PORT and G4F_API_KEY. Prefer G4F_API_KEY to --api-key: command lines are
visible to other users of the machine.
`;

/** `g4f-kit api`: the OpenAI-compatible HTTP server, until SIGINT or SIGTERM. */
export function apiCommand(context: CliContext): Command {
  return new Command('api')
    .description('run the OpenAI-compatible HTTP API until Ctrl+C (prints its URL)')
    .option('--host <host>', 'interface to listen on (default: 127.0.0.1)')
    .addOption(new Option('--port <port>', 'port, 0 for any free one (default: 1337)').argParser(parsePort))
    .option('--api-key <key>', 'require this key from clients (default: G4F_API_KEY)')
    .addHelpText('after', EXAMPLES)
    .action(async (options: ApiOptions, command: Command) => {
      await runApi(context, options, command.optsWithGlobals<GlobalOptions>());
    });
}

async function runApi(context: CliContext, options: ApiOptions, globals: GlobalOptions) {
  const { terminal, services, io } = context;
  const serverSettings = definedOnly({ host: options.host, port: options.port, apiKey: options.apiKey });
  // The overrides also reach the runtime's config, so config.server matches what the server does.
  const prepared = prepareRuntime(context, globals, { server: serverSettings });
  const runtime = await services.createRuntime(prepared.options);
  try {
    const server = await services.startServer({ ...prepared.options, ...serverSettings, runtime });
    const providers = runtime.registry.names().length;
    terminal.out(`${server.url}\n`);
    terminal.err(
      `OpenAI-compatible API on ${server.url} (${providers} provider${providers === 1 ? '' : 's'}); ` +
        `base URL for OpenAI clients: ${server.url.replace(/\/+$/, '')}/v1. Press Ctrl+C to stop.\n`,
    );
    const signal = await waitForSignal(io);
    terminal.err(`Received ${signal}, closing…\n`);
    await server.close();
  } finally {
    await runtime.close();
  }
}
