import type { ResponseChunk } from '@g4f-kit/core';
import type { Terminal } from '../io/terminal.js';
import type { ProgressReporter } from './progress-reporter.js';
import { ProgressState } from './progress-state.js';

export interface LineProgressOptions {
  /** Status-only ticks closer together than this are skipped (new stages always show). */
  throttleMs?: number;
  now?: () => number;
}

/**
 * Progress as plain lines on stderr, for logs, pipes and CI: one line per
 * stage, status ticks at most once per `throttleMs`, repeats dropped.
 */
export class LineProgress implements ProgressReporter {
  private readonly state = new ProgressState();
  private readonly throttleMs: number;
  private readonly now: () => number;
  private last: string | undefined;
  private lastAt = Number.NEGATIVE_INFINITY;
  private done = false;

  constructor(
    private readonly terminal: Terminal,
    options: LineProgressOptions = {},
  ) {
    this.throttleMs = options.throttleMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  start(text: string): void {
    this.print(text);
  }

  update(chunk: ResponseChunk): void {
    if (this.done) return;
    const update = this.state.apply(chunk);
    if (!update || update.line === this.last) return;
    if (!update.stageChanged && this.now() - this.lastAt < this.throttleMs) return;
    this.print(update.line);
  }

  succeed(text: string): void {
    if (!this.done) this.print(text);
    this.done = true;
  }

  fail(text: string): void {
    if (!this.done) this.print(text);
    this.done = true;
  }

  stop(): void {
    this.done = true;
  }

  private print(line: string): void {
    this.last = line;
    this.lastAt = this.now();
    this.terminal.err(`${line}\n`);
  }
}
