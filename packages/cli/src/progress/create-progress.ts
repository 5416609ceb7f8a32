import type { Terminal } from '../io/terminal.js';
import { LineProgress } from './line-progress.js';
import type { ProgressReporter } from './progress-reporter.js';
import { SpinnerProgress } from './spinner-progress.js';

/** A spinner when stderr is an interactive terminal (and not CI), plain lines otherwise. */
export function createProgress(terminal: Terminal): ProgressReporter {
  const ci = terminal.io.env.CI;
  const interactive = terminal.stderrIsTTY && (ci === undefined || ci === '' || ci === 'false');
  return interactive ? new SpinnerProgress(terminal) : new LineProgress(terminal);
}
