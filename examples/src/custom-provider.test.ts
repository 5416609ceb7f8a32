import { describe, expect, it } from 'vitest';
import { runExample } from './custom-provider.js';

describe('examples/custom-provider', () => {
  it('registers by name, swaps at runtime and falls back', async () => {
    const lines: string[] = [];
    const answers = await runExample((line) => lines.push(line));
    expect(lines[0]).toBe('registered: Shouter, Flaky');
    expect(answers).toEqual([
      'Shouter/shout-2: HELLO THERE',
      'Shouter/whisper-1: hello again',
      'Shouter/whisper-1: fallback works',
    ]);
  });
});
