import { ProviderInfo, Reasoning } from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../__fixtures__/memory-io.js';
import { Terminal } from '../io/terminal.js';
import { createProgress } from './create-progress.js';
import { LineProgress } from './line-progress.js';
import { SpinnerProgress } from './spinner-progress.js';

describe('SpinnerProgress', () => {
  it('shows "label: status" as the spinner text and ends with a final line', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const progress = new SpinnerProgress(new Terminal(io));
    progress.start('Generating an image…');
    progress.update(new ProviderInfo({ name: 'ARTA', label: 'ARTA', url: '', model: 'flux' }));
    expect(progress.text).toBe('Using ARTA (flux)');
    progress.update(new Reasoning({ label: 'Generating' }));
    progress.update(new Reasoning({ status: '1.20s' }));
    expect(progress.text).toBe('Generating: 1.20s');
    progress.succeed('Saved 1 image');
    expect(io.stderr.text).toContain('Saved 1 image');
    expect(io.stdout.text).toBe('');
  });

  it('keeps log lines written meanwhile above the spinner', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const terminal = new Terminal(io);
    const progress = new SpinnerProgress(terminal);
    progress.start('Working');
    terminal.err('warn  something happened\n');
    progress.stop();
    expect(io.stderr.text).toContain('warn  something happened\n');
  });
});

describe('createProgress', () => {
  it('uses a spinner on an interactive stderr, plain lines otherwise and in CI', () => {
    expect(createProgress(new Terminal(memoryIo({ stderrIsTTY: true })))).toBeInstanceOf(SpinnerProgress);
    expect(createProgress(new Terminal(memoryIo({ stderrIsTTY: false })))).toBeInstanceOf(LineProgress);
    expect(createProgress(new Terminal(memoryIo({ stderrIsTTY: true, env: { CI: 'true' } })))).toBeInstanceOf(
      LineProgress,
    );
    const widthless = memoryIo({ stderrIsTTY: true });
    widthless.stderr.columns = 0;
    expect(createProgress(new Terminal(widthless))).toBeInstanceOf(LineProgress);
  });
});
