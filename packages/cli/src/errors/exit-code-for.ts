import {
  AbortError,
  InvalidConfigError,
  InvalidOptionsError,
  ModelNotFoundError,
  PluginLoadError,
  ProviderNotFoundError,
} from '@g4f-kit/core';
import { CommanderError } from 'commander';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { InterruptedError } from './interrupted-error.js';
import { UsageError } from './usage-error.js';

const ERROR_KINDS = Symbol.for('g4f-kit.error.kinds');

/**
 * Core errors that mean "what you asked for is wrong", not "it failed". They
 * are matched by kind, so copies of core loaded by plugins count too. A
 * plugin named in config that cannot be loaded is a configuration mistake.
 */
const USAGE_KINDS = [
  ProviderNotFoundError.kind,
  ModelNotFoundError.kind,
  InvalidOptionsError.kind,
  InvalidConfigError.kind,
  PluginLoadError.kind,
];

/** The exit code for an error that ended a command. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  if (error instanceof UsageError) return EXIT_CODES.usage;
  if (error instanceof InterruptedError || AbortError.isInstance(error)) return EXIT_CODES.interrupted;
  if (USAGE_KINDS.some((kind) => hasKind(error, kind))) return EXIT_CODES.usage;
  return EXIT_CODES.failure;
}

function hasKind(error: unknown, kind: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const kinds = (error as { [ERROR_KINDS]?: unknown })[ERROR_KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}
