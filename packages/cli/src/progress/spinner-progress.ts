import type { ResponseChunk } from '@g4f-kit/core';
import ora, { type Ora } from 'ora';
import type { Terminal } from '../io/terminal.js';
import type { ProgressReporter } from './progress-reporter.js';
import { ProgressState } from './progress-state.js';

/**
 * Progress as an ora spinner on a TTY's stderr, its text the current
 * "label: status". Log lines written meanwhile go above it (see Terminal).
 */
export class SpinnerProgress implements ProgressReporter {
  private readonly state = new ProgressState();
  private readonly spinner: Ora;
  private release: (() => void) | undefined;

  constructor(private readonly terminal: Terminal) {
    this.spinner = ora({
      stream: terminal.io.stderr as NodeJS.WritableStream,
      isEnabled: true,
      // Leave stdin alone, so Ctrl+C reaches the process as SIGINT.
      discardStdin: false,
      color: 'cyan',
    });
  }

  /** The spinner's current text, for tests. */
  get text(): string {
    return this.spinner.text;
  }

  start(text: string): void {
    this.spinner.start(text);
    this.release = this.terminal.attach({ clear: () => this.spinner.clear(), render: () => this.spinner.render() });
  }

  update(chunk: ResponseChunk): void {
    const update = this.state.apply(chunk);
    if (update && this.spinner.isSpinning) this.spinner.text = update.line;
  }

  succeed(text: string): void {
    this.end(() => this.spinner.succeed(text));
  }

  fail(text: string): void {
    this.end(() => this.spinner.fail(text));
  }

  stop(): void {
    this.end(() => this.spinner.stop());
  }

  private end(finish: () => void): void {
    this.release?.();
    this.release = undefined;
    if (this.spinner.isSpinning) finish();
  }
}
