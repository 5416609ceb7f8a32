import type { CliIo } from '../io/cli-io.js';
import type { Terminal } from '../io/terminal.js';
import type { CliServices } from './cli-services.js';

/** What every command gets: the process's I/O, the terminal over it, and the services. */
export interface CliContext {
  io: CliIo;
  terminal: Terminal;
  services: CliServices;
}
