import { describe, expect, it } from 'vitest';
import { captureLogs } from '../testing/capture-logs.js';

describe('createLogger', () => {
  it('redacts credentials wherever they sit in a log object', () => {
    const captured = captureLogs();
    captured.logger.info(
      {
        apiKey: 'sk-top-level',
        auth: { idToken: 'id-secret', refreshToken: 'refresh-secret', refresh_token: 'snake-secret' },
        headers: { authorization: 'Bearer header-secret', 'x-zerogpu-token': 'zerogpu-secret', cookie: 'c=1' },
        request: { apiKey: 'nested-key', cookies: 'session=abc' },
        provider: 'ARTA',
      },
      'calling upstream',
    );
    const output = captured.text;
    for (const secret of [
      'sk-top-level',
      'id-secret',
      'refresh-secret',
      'snake-secret',
      'header-secret',
      'zerogpu-secret',
      'nested-key',
      'session=abc',
    ]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('[redacted]');
    expect(output).toContain('"provider":"ARTA"');
  });

  it('keeps child loggers redacting too', () => {
    const captured = captureLogs();
    captured.logger.child({ provider: 'G4F' }).warn({ token: 'child-secret' }, 'token refused');
    expect(captured.text).not.toContain('child-secret');
    expect(captured.text).toContain('token refused');
  });
});
