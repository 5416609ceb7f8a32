import pc from 'picocolors';
import type { CliIo } from './cli-io.js';

export type Colors = ReturnType<typeof pc.createColors>;

/** Something drawn on stderr that must step aside while another line is written (a spinner). */
export interface LiveLine {
  clear(): void;
  render(): void;
}

/**
 * The CLI's two outputs. stdout carries results; stderr carries progress,
 * logs and errors, and is where a live line (spinner) is drawn: writes to
 * stderr clear it first and redraw it after, so log lines never garble it.
 */
export class Terminal {
  /** Colours for stderr: on for a TTY, unless NO_COLOR is set or FORCE_COLOR asks otherwise. */
  readonly colors: Colors;
  /** Colours for stdout, by the same rule. */
  readonly outColors: Colors;
  private liveLine: LiveLine | undefined;

  constructor(readonly io: CliIo) {
    this.colors = pc.createColors(wantsColor(io.env, io.stderr.isTTY === true));
    this.outColors = pc.createColors(wantsColor(io.env, io.stdout.isTTY === true));
  }

  get stderrIsTTY(): boolean {
    return this.io.stderr.isTTY === true;
  }

  get stdoutIsTTY(): boolean {
    return this.io.stdout.isTTY === true;
  }

  out(text: string): void {
    this.io.stdout.write(text);
  }

  err(text: string): void {
    if (!this.liveLine) {
      this.io.stderr.write(text);
      return;
    }
    this.liveLine.clear();
    this.io.stderr.write(text);
    this.liveLine.render();
  }

  /** Registers the live line; returns the function that releases it. */
  attach(line: LiveLine): () => void {
    this.liveLine = line;
    return () => {
      if (this.liveLine === line) this.liveLine = undefined;
    };
  }
}

export function wantsColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const { NO_COLOR, FORCE_COLOR } = env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  return isTTY;
}
