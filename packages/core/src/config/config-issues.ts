import { z } from 'zod';
import type { OptionIssue } from '../errors/invalid-options-error.js';
import { zodIssuesToOptionIssues } from '../errors/zod-issues.js';
import { configSchema, serverConfigSchema } from './config-schema.js';

/**
 * Fields whose rejected value may be quoted in an error. Everything else
 * (keys, proxy URLs with passwords, provider settings, whole objects) is
 * described but never shown.
 */
const SHOWN_VALUES = new Set([
  'timeoutMs',
  'requestTimeoutMs',
  'logLevel',
  'server.host',
  'server.port',
  'server.bodyLimitBytes',
]);

/** The keys each strict object accepts, listed when an unknown one turns up. */
const KNOWN_KEYS = new Map<string, readonly string[]>([
  ['', Object.keys(configSchema.shape)],
  ['server', Object.keys(serverConfigSchema.shape)],
]);

/**
 * Turns the schema's complaints into issues that name each field and, when
 * a layer set it, where the value came from (a file, `G4F_PORT`, overrides).
 */
export function configIssues(error: z.ZodError, origins: ReadonlyMap<string, string>): OptionIssue[] {
  const issues = error.issues.flatMap(oneIssuePerKey).map(hideUnsafeInput);
  return zodIssuesToOptionIssues(new z.ZodError(issues)).map((issue, index) => {
    const origin = originOf(issues[index]?.path ?? [], origins);
    return origin === undefined ? issue : { ...issue, message: `${issue.message} (set by ${origin})` };
  });
}

/** Zod reports all unknown keys of an object in one issue at the object; we want one per key, at the key. */
function oneIssuePerKey(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  const known = KNOWN_KEYS.get(issue.path.join('.'));
  const expected = known ? ` (known keys: ${known.join(', ')})` : '';
  return issue.keys.map((key) => ({
    ...issue,
    keys: [key],
    path: [...issue.path, key],
    message: `Unknown key${expected}`,
    input: undefined,
  }));
}

function hideUnsafeInput(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  return SHOWN_VALUES.has(issue.path.join('.')) ? issue : { ...issue, input: undefined };
}

/** The layer that set the field, or the nearest enclosing object that was set. */
function originOf(path: readonly PropertyKey[], origins: ReadonlyMap<string, string>): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const origin = origins.get(path.slice(0, length).map(String).join('.'));
    if (origin !== undefined) return origin;
  }
  return undefined;
}
