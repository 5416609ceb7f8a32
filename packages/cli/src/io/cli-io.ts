/** Where the CLI writes; `process.stdout` and `process.stderr` fit, and so does a test buffer. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Terminal width; 0 or absent when unknown. */
  columns?: number;
}

/** SIGINT / SIGTERM, or a test's stand-in; returns the unsubscribe function. */
export type SignalSource = (listener: (signal: NodeJS.Signals) => void) => () => void;

/** Everything the CLI touches of its process, so commands run in tests without one. */
export interface CliIo {
  /** Results only (paths, answers, tables, JSON), so output pipes cleanly. */
  stdout: OutputStream;
  /** Progress, logs and errors. */
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  onSignal: SignalSource;
}

/** The real process's streams, environment, working directory and signals. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    onSignal: (listener) => {
      const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
      for (const signal of signals) process.on(signal, listener);
      return () => {
        for (const signal of signals) process.off(signal, listener);
      };
    },
  };
}
