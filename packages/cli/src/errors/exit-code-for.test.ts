import {
  AbortError,
  InvalidConfigError,
  InvalidOptionsError,
  ModelNotFoundError,
  NoMediaResponseError,
  PluginLoadError,
  ProviderNotFoundError,
  RateLimitError,
  TimeoutError,
} from '@g4f-kit/core';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from './exit-code-for.js';
import { InterruptedError } from './interrupted-error.js';
import { UsageError } from './usage-error.js';

describe('exitCodeFor', () => {
  it('gives 2 for bad input', () => {
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', 'x'))).toBe(2);
    expect(exitCodeFor(new UsageError('x'))).toBe(2);
    expect(exitCodeFor(new ProviderNotFoundError('x', []))).toBe(2);
    expect(exitCodeFor(new ModelNotFoundError('x', []))).toBe(2);
    expect(exitCodeFor(new InvalidOptionsError([{ field: 'n', message: 'too big' }]))).toBe(2);
    expect(exitCodeFor(new InvalidConfigError([{ field: 'proxy', message: 'bad' }]))).toBe(2);
  });

  it('gives 2 for a plugin that cannot be loaded, also from another copy of core', () => {
    expect(exitCodeFor(new PluginLoadError('./missing.mjs', 'not found'))).toBe(2);
    const foreign = Object.assign(new Error('Cannot load plugin'), {
      [Symbol.for('g4f-kit.error.kinds')]: ['PluginLoadError', 'G4FError'],
    });
    expect(exitCodeFor(foreign)).toBe(2);
  });

  it('gives 0 for help and version', () => {
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(0);
  });

  it('gives 1 for failures at run time', () => {
    expect(exitCodeFor(new RateLimitError('slow down'))).toBe(1);
    expect(exitCodeFor(new NoMediaResponseError('ARTA'))).toBe(1);
    expect(exitCodeFor(new TimeoutError('late', { phase: 'deadline', timeoutMs: 10 }))).toBe(1);
    expect(exitCodeFor(new Error('boom'))).toBe(1);
    expect(exitCodeFor('boom')).toBe(1);
  });

  it('gives 130 when interrupted', () => {
    expect(exitCodeFor(new InterruptedError('SIGINT'))).toBe(130);
    expect(exitCodeFor(new AbortError())).toBe(130);
  });
});
