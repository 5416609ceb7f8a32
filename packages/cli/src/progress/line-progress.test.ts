import { ProviderInfo, Reasoning } from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../__fixtures__/memory-io.js';
import { Terminal } from '../io/terminal.js';
import { LineProgress } from './line-progress.js';

function setup() {
  const io = memoryIo();
  let now = 0;
  const progress = new LineProgress(new Terminal(io), { throttleMs: 1000, now: () => now });
  return { io, progress, advance: (ms: number) => (now += ms) };
}

describe('LineProgress', () => {
  it('prints one plain line per stage on stderr', () => {
    const { io, progress } = setup();
    progress.start('Generating an image…');
    progress.update(new ProviderInfo({ name: 'ARTA', label: 'ARTA', url: '', model: 'flux' }));
    progress.update(new Reasoning({ label: 'Waiting' }));
    progress.update(new Reasoning({ label: 'Generating' }));
    progress.update(new Reasoning({ label: 'Generated', status: '1 image(s) in 0.10s' }));
    progress.succeed('Saved 1 image from ARTA (flux)');
    expect(io.stderr.lines).toEqual([
      'Generating an image…',
      'Using ARTA (flux)',
      'Waiting',
      'Generating',
      'Generated: 1 image(s) in 0.10s',
      'Saved 1 image from ARTA (flux)',
    ]);
    expect(io.stdout.text).toBe('');
  });

  it('prints status ticks at most once per throttle period and drops repeats', () => {
    const { io, progress, advance } = setup();
    progress.update(new Reasoning({ label: 'Generating' }));
    progress.update(new Reasoning({ label: 'Generating' }));
    advance(200);
    progress.update(new Reasoning({ status: '0.20s' }));
    advance(900);
    progress.update(new Reasoning({ status: '1.10s' }));
    advance(200);
    progress.update(new Reasoning({ status: '1.30s' }));
    progress.update(new Reasoning({ label: 'Finished' }));
    expect(io.stderr.lines).toEqual(['Generating', 'Generating: 1.10s', 'Finished']);
  });

  it('prints nothing more once stopped or failed', () => {
    const { io, progress } = setup();
    progress.fail('Image generation failed');
    progress.update(new Reasoning({ label: 'late' }));
    progress.succeed('late too');
    expect(io.stderr.lines).toEqual(['Image generation failed']);
  });
});
