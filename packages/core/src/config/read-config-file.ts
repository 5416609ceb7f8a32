import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidConfigError } from '../errors/invalid-config-error.js';
import { describeJsonSyntaxError } from './describe-json-syntax-error.js';
import { type ConfigLayer, isPlainObject } from './merge-config-layers.js';

/** Looked for in the working directory when no file is named. */
export const DEFAULT_CONFIG_FILE = 'g4f-kit.config.json';

export interface ReadConfigFileOptions {
  /** Named by the caller; wins over `G4F_CONFIG`. */
  file?: string | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * Reads the config file as a layer: the named one (`file`, else `G4F_CONFIG`),
 * which must exist, or else `g4f-kit.config.json` in `cwd` when there is one.
 * Synchronous: it runs once, at start-up, before anything else is built.
 */
export function readConfigFile(options: ReadConfigFileOptions): ConfigLayer | undefined {
  const fromEnvironment = options.env.G4F_CONFIG?.trim() || undefined;
  const named = options.file ?? fromEnvironment;
  const path = resolve(options.cwd, named ?? DEFAULT_CONFIG_FILE);

  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && named === undefined) return undefined;
    if (code === 'ENOENT') {
      throw fileError(path, 'file not found', options.file === undefined ? 'G4F_CONFIG' : 'options.file');
    }
    throw fileError(path, `cannot be read (${code ?? 'unknown error'})`);
  }

  // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, '');
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch {
    throw fileError(path, `not valid JSON: ${describeJsonSyntaxError(json)}`);
  }
  if (!isPlainObject(values)) throw fileError(path, 'must contain a JSON object');
  return { values, origin: path };
}

function fileError(path: string, message: string, source = 'config file'): InvalidConfigError {
  return new InvalidConfigError([{ field: path, message }], source);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
