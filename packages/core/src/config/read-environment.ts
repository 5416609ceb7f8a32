import { InvalidConfigError } from '../errors/invalid-config-error.js';
import type { OptionIssue } from '../errors/invalid-options-error.js';
import { describeJsonSyntaxError } from './describe-json-syntax-error.js';
import { type ConfigLayer, isPlainObject } from './merge-config-layers.js';

interface EnvironmentVariable {
  name: string;
  /** Where its value goes in the config. */
  path: readonly string[];
  /** Turns the text into the config value, or throws a message safe to show. */
  parse: (text: string) => unknown;
}

/**
 * The `G4F_*` variables, in the order they apply: where two set the same field,
 * the later one wins (`G4F_TIMEOUT_MS` over `G4F_TIMEOUT`).
 */
export const ENVIRONMENT_VARIABLES: readonly EnvironmentVariable[] = [
  { name: 'G4F_COOKIES_DIR', path: ['cookiesDir'], parse: asText },
  { name: 'G4F_MEDIA_DIR', path: ['mediaDir'], parse: asText },
  { name: 'G4F_PROXY', path: ['proxy'], parse: asText },
  // Seconds, as g4f reads it; fractions allowed.
  { name: 'G4F_TIMEOUT', path: ['timeoutMs'], parse: (text) => Math.round(asNumber(text) * 1000) },
  { name: 'G4F_TIMEOUT_MS', path: ['timeoutMs'], parse: asNumber },
  { name: 'G4F_REQUEST_TIMEOUT_MS', path: ['requestTimeoutMs'], parse: asNumber },
  { name: 'G4F_LOG_LEVEL', path: ['logLevel'], parse: asText },
  { name: 'G4F_PLUGINS', path: ['plugins'], parse: asList },
  { name: 'G4F_PROVIDERS', path: ['providers'], parse: asJsonObject },
  { name: 'G4F_API_KEY', path: ['server', 'apiKey'], parse: asText },
  { name: 'G4F_HOST', path: ['server', 'host'], parse: asText },
  { name: 'G4F_PORT', path: ['server', 'port'], parse: asNumber },
];

/**
 * One layer per `G4F_*` variable that is set, so an error can name the
 * variable a bad value came from. An empty variable counts as unset.
 * Throws {@link InvalidConfigError} listing every variable that cannot be read.
 */
export function readEnvironment(env: Record<string, string | undefined>): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  const issues: OptionIssue[] = [];
  for (const variable of ENVIRONMENT_VARIABLES) {
    const text = env[variable.name]?.trim();
    if (!text) continue;
    try {
      layers.push({ values: nest(variable.path, variable.parse(text)), origin: variable.name });
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      issues.push({ field: variable.path.join('.'), message: `${variable.name} ${problem}` });
    }
  }
  if (issues.length > 0) throw new InvalidConfigError(issues, 'environment');
  return layers;
}

function nest(path: readonly string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

function asText(text: string): string {
  return text;
}

function asNumber(text: string): number {
  // Stricter than Number(): "", "0x1f" and "1e3" are typos here, not numbers.
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) throw new Error(`must be a number, got ${JSON.stringify(text)}`);
  return Number(text);
}

function asList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function asJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Provider settings may hold keys: describe the error without quoting the text.
    throw new Error(`is not valid JSON: ${describeJsonSyntaxError(text)}`);
  }
  if (!isPlainObject(value)) throw new Error('must be a JSON object');
  return value;
}
