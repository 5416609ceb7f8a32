export { exitCodeFor } from './errors/exit-code-for.js';
export { EXIT_CODES, type ExitCode } from './errors/exit-codes.js';
export { type FormatErrorOptions, formatError } from './errors/format-error.js';
export { UsageError } from './errors/usage-error.js';
export type { CliIo, OutputStream, SignalSource } from './io/cli-io.js';
export { buildProgram } from './program/build-program.js';
export { type RunCliOptions, runCli } from './program/run-cli.js';
export type {
  CliRuntime,
  CliServices,
  EmulatorHandle,
  RuntimeOptions,
  ServerHandle,
  ServerOptions,
} from './runtime/cli-services.js';
