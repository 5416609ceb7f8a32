import { ProviderNotFoundError, RetryProviderError } from '@g4f-kit/core';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { formatError } from './format-error.js';

describe('formatError', () => {
  it('is one line prefixed with g4f-kit:', () => {
    const error = new ProviderNotFoundError('Nope', ['ARTA', 'G4F']);
    expect(formatError(error)).toBe('g4f-kit: Provider not found: "Nope". Registered providers: ARTA, G4F\n');
  });

  it("drops commander's error: prefix and points at the command's help", () => {
    const error = new CommanderError(1, 'commander.missingArgument', "error: missing required argument 'prompt'");
    expect(formatError(error, { commandPath: 'g4f-kit image' })).toBe(
      "g4f-kit: missing required argument 'prompt' (see 'g4f-kit image --help')\n",
    );
  });

  it('folds a multi-line message (every failed attempt) into one line', () => {
    const error = new RetryProviderError([
      { providerName: 'ARTA', error: new Error('HTTP 500') },
      { providerName: 'G4F', error: new Error('HTTP 502') },
    ]);
    expect(formatError(error)).toBe('g4f-kit: All 2 providers failed: ARTA: Error: HTTP 500; G4F: Error: HTTP 502\n');
  });

  it('adds the stack and every cause only with debug', () => {
    const root = new Error('socket hang up');
    const error = new Error('request failed', { cause: root });
    expect(formatError(error)).toBe('g4f-kit: request failed\n');
    const debug = formatError(error, { debug: true });
    expect(debug.split('\n')[0]).toBe('g4f-kit: request failed');
    expect(debug).toContain('Error: request failed\n    at ');
    expect(debug).toContain('Caused by: Error: socket hang up');
  });

  it('handles values that are not errors', () => {
    expect(formatError('plain text')).toBe('g4f-kit: plain text\n');
    expect(formatError(new Error(''))).toBe('g4f-kit: Error\n');
  });
});
