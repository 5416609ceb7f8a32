import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { formatLogLine } from './format-log-line.js';

const plain = pc.createColors(false);

describe('formatLogLine', () => {
  it('turns a pino line into level, source, message and fields', () => {
    const line = JSON.stringify({
      level: 40,
      time: 1,
      pid: 2,
      hostname: 'h',
      provider: 'ARTA',
      msg: 'token refresh failed',
      status: 401,
      url: 'https://x.test/a b',
    });
    expect(formatLogLine(`${line}\n`, { colors: plain })).toBe(
      'warn  [ARTA] token refresh failed status=401 url="https://x.test/a b"\n',
    );
  });

  it("shows an error's message, and its stack only with debug", () => {
    const line = JSON.stringify({
      level: 50,
      msg: 'request failed',
      err: { message: 'boom', stack: 'Error: boom\n  at x' },
    });
    expect(formatLogLine(line, { colors: plain })).toBe('error request failed error="boom"\n');
    expect(formatLogLine(line, { colors: plain, debug: true })).toBe(
      'error request failed error="boom" \nError: boom\n  at x\n',
    );
  });

  it('passes anything that is not JSON through', () => {
    expect(formatLogLine('not json', { colors: plain })).toBe('not json\n');
  });
});
