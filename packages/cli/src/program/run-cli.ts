import { CommanderError } from 'commander';
import { exitCodeFor } from '../errors/exit-code-for.js';
import { EXIT_CODES } from '../errors/exit-codes.js';
import { formatError } from '../errors/format-error.js';
import { type CliIo, processIo } from '../io/cli-io.js';
import { Terminal } from '../io/terminal.js';
import type { CliServices } from '../runtime/cli-services.js';
import { defaultServices } from '../runtime/default-services.js';
import { buildProgram } from './build-program.js';

export interface RunCliOptions {
  /** Defaults to the real process (streams, env, cwd, signals). */
  io?: CliIo;
  /** Defaults to @g4f-kit/server and @g4f-kit/emulator. */
  services?: Partial<CliServices>;
}

/**
 * Runs `g4f-kit` with the given arguments (without `node` and the script)
 * and resolves with the exit code; never throws. Errors are one line on
 * stderr, `g4f-kit: <message>`, with the stack only under `--debug`.
 */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<number> {
  const io = options.io ?? processIo();
  const terminal = new Terminal(io);
  const context = { io, terminal, services: { ...defaultServices, ...options.services } };
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    const code = exitCodeFor(error);
    if (code === EXIT_CODES.ok) return code;
    // No command given: commander has already shown the help on stderr.
    if (error instanceof CommanderError && error.code === 'commander.help') return EXIT_CODES.usage;
    const debug = argv.includes('--debug') || program.opts().debug === true;
    const commandName = argv.find((arg) => program.commands.some((command) => command.name() === arg));
    const commandPath =
      error instanceof CommanderError ? ['g4f-kit', commandName].filter(Boolean).join(' ') : undefined;
    terminal.err(formatError(error, { debug, ...(commandPath ? { commandPath } : {}) }));
    return code;
  }
}
