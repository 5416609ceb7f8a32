import { LOG_LEVELS } from '@g4f-kit/core';
import { Command, Option } from 'commander';
import { apiCommand } from '../commands/api-command.js';
import { chatCommand } from '../commands/chat-command.js';
import { emulatorCommand } from '../commands/emulator-command.js';
import { imageCommand } from '../commands/image-command.js';
import { modelsCommand } from '../commands/models-command.js';
import { providersCommand } from '../commands/providers-command.js';
import type { CliContext } from '../runtime/cli-context.js';
import { cliVersion } from './cli-version.js';

const OVERVIEW = `
Examples:
  $ g4f-kit image "a lighthouse at dusk" --provider ARTA
  $ g4f-kit chat "hello" --model janus-pro-7b
  $ g4f-kit providers
  $ g4f-kit models --provider G4F
  $ g4f-kit api --port 1337
  $ g4f-kit emulator

Configuration: g4f-kit.config.json in the working directory (or --config, or
G4F_CONFIG), then G4F_* variables (G4F_PROXY, G4F_TIMEOUT, G4F_MEDIA_DIR,
G4F_COOKIES_DIR, G4F_LOG_LEVEL, G4F_PLUGINS, G4F_API_KEY, G4F_HOST, G4F_PORT).
Plugins listed in the config's "plugins" are loaded like the built-in providers.

Exit codes: 0 success, 1 failure, 2 bad input (flags, provider or model names,
config), 130 interrupted.
`;

/** The `g4f-kit` program with every command; a fresh one per run. */
export function buildProgram(context: CliContext): Command {
  const { terminal } = context;
  const program = new Command('g4f-kit')
    .description('Generate images and chat through g4f-kit providers; run the OpenAI-compatible API or the emulator.')
    .version(cliVersion(), '-V, --version', 'print the version')
    .option('-c, --config <file>', 'config file (default: g4f-kit.config.json in the working directory, if present)')
    .option('--debug', 'print stack traces on errors and debug logs')
    .addOption(new Option('--log-level <level>', 'log level (logs go to stderr)').choices(LOG_LEVELS))
    .addHelpText('after', OVERVIEW)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.out(text),
      writeErr: (text) => terminal.err(text),
      // Errors are reported once, by runCli, as "g4f-kit: <message>".
      outputError: () => {},
    });

  const commands = [
    imageCommand(context),
    chatCommand(context),
    providersCommand(context),
    modelsCommand(context),
    apiCommand(context),
    emulatorCommand(context),
  ];
  for (const command of commands) {
    program.addCommand(command);
    command.copyInheritedSettings(program);
  }
  return program;
}
