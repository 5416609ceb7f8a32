import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-cli-args.js';

describe('parseCliArgs', () => {
  it('defaults to port 8765', () => {
    expect(parseCliArgs([])).toEqual({ help: false, options: { port: 8765 } });
  });

  it('maps flags to startEmulator options', () => {
    expect(
      parseCliArgs([
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--arta-generation-ms',
        '10',
        '--gradio-steps',
        '2',
        '--zero-gpu-anonymous',
        'reject',
        '--token-lifetime',
        '60',
      ]),
    ).toEqual({
      help: false,
      options: {
        port: 0,
        host: '0.0.0.0',
        artaGenerationTimeMs: 10,
        gradioSteps: 2,
        zeroGpuAnonymous: 'reject',
        tokenLifetimeSeconds: 60,
      },
    });
  });

  it('shows help, and refuses bad values and unknown flags', () => {
    expect(parseCliArgs(['-h'])).toEqual({ help: true });
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--zero-gpu-anonymous', 'maybe'])).toThrow(/accept or reject/);
    expect(() => parseCliArgs(['--nope'])).toThrow();
  });
});
