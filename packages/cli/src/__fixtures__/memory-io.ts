import { Readable } from 'node:stream';
import type { CliIo } from '../io/cli-io.js';

/** A stream that keeps what is written, for assertions. */
export class MemoryStream {
  text = '';
  columns: number;
  constructor(public isTTY = false) {
    this.columns = isTTY ? 80 : 0;
  }
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
  /** The cursor calls a TTY stream has (ora uses them); no-ops here. */
  cursorTo(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  get lines(): string[] {
    return this.text.split('\n').filter((line) => line !== '');
  }
}

export interface MemoryIo extends CliIo {
  stdout: MemoryStream;
  stderr: MemoryStream;
  /** Delivers a signal to whoever is listening; resolves once someone was. */
  signal(signal: NodeJS.Signals): Promise<void>;
  listenerCount(): number;
}

export interface MemoryIoOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/** A CliIo held in memory: streams to strings, a fake SIGINT / SIGTERM. */
export function memoryIo(options: MemoryIoOptions = {}): MemoryIo {
  const listeners = new Set<(signal: NodeJS.Signals) => void>();
  return {
    stdout: new MemoryStream(options.stdoutIsTTY ?? false),
    stderr: new MemoryStream(options.stderrIsTTY ?? false),
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    onSignal: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
    async signal(signal) {
      while (listeners.size === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      for (const listener of [...listeners]) listener(signal);
    },
  };
}
