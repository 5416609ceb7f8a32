import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { G4FError } from '../errors/g4f-error.js';
import { isPlugin, type Plugin } from './define-plugin.js';

export interface LoadPluginsOptions {
  /** Where relative paths and package names are resolved from. Default: the current directory. */
  cwd?: string;
}

/** A plugin named in configuration that could not be loaded. */
export class PluginLoadError extends G4FError {
  static override readonly kind: string = 'PluginLoadError';
  readonly specifier: string;

  constructor(specifier: string, reason: string, cause?: unknown) {
    super(`Cannot load plugin "${specifier}": ${reason}`, cause === undefined ? {} : { cause });
    this.specifier = specifier;
  }
}

/**
 * Imports plugins named by package (`@acme/g4f-plugin`) or path
 * (`./plugins/acme.js`) and returns every plugin each module exports, the
 * default export included, so a third-party plugin needs no change to g4f-kit.
 */
export async function loadPlugins(specifiers: readonly string[], options: LoadPluginsOptions = {}): Promise<Plugin[]> {
  const cwd = options.cwd ?? process.cwd();
  const plugins: Plugin[] = [];
  const seen = new Set<string>();
  for (const specifier of specifiers) {
    for (const plugin of await loadPluginModule(specifier, cwd)) {
      if (seen.has(plugin.name)) continue;
      seen.add(plugin.name);
      plugins.push(plugin);
    }
  }
  return plugins;
}

async function loadPluginModule(specifier: string, cwd: string): Promise<Plugin[]> {
  const url = resolveSpecifier(specifier, cwd);
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PluginLoadError(specifier, reason, error);
  }
  const found = Object.values(module).filter(isPlugin);
  if (found.length === 0) {
    throw new PluginLoadError(specifier, 'the module exports no plugin made with definePlugin()');
  }
  return found;
}

function resolveSpecifier(specifier: string, cwd: string): string {
  const looksLikePath = specifier.startsWith('.') || isAbsolute(specifier) || specifier.startsWith('file:');
  if (specifier.startsWith('file:')) return specifier;
  if (looksLikePath) return pathToFileURL(resolve(cwd, specifier)).href;
  try {
    // Resolve packages from the configuring project, not from core's own folder.
    return pathToFileURL(createRequire(resolve(cwd, 'noop.js')).resolve(specifier)).href;
  } catch {
    // ESM-only packages without a "require" condition: let import() resolve them.
    return specifier;
  }
}
