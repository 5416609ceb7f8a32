import type { Terminal } from '../io/terminal.js';
import { LineProgress } from './line-progress.js';
import type { ProgressReporter } from './progress-reporter.js';
import { SpinnerProgress } from './spinner-progress.js';

/**
 * A spinner when stderr is an interactive terminal (and not CI), plain lines
 * otherwise. A terminal that reports no width (some pseudo-terminals) gets
 * lines too: ora's redraw divides by the width and would loop forever.
 */
export function createProgress(terminal: Terminal): ProgressReporter {
  const ci = terminal.io.env.CI;
  const width = terminal.io.stderr.columns ?? 0;
  const interactive = terminal.stderrIsTTY && width > 0 && (ci === undefined || ci === '' || ci === 'false');
  return interactive ? new SpinnerProgress(terminal) : new LineProgress(terminal);
}
