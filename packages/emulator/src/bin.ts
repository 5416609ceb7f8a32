#!/usr/bin/env node
import { CLI_USAGE, parseCliArgs } from './cli/parse-cli-args.js';
import { startEmulator } from './start-emulator.js';

async function main(): Promise<void> {
  let command: ReturnType<typeof parseCliArgs>;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (command.help) {
    process.stdout.write(CLI_USAGE);
    return;
  }
  const emulator = await startEmulator(command.options);
  process.stdout.write(
    `${JSON.stringify({ baseUrl: emulator.baseUrl, urls: emulator.urls, adminUrl: emulator.adminUrl }, null, 2)}\n`,
  );
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`g4f-kit-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
