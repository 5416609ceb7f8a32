import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '@g4f-kit/core';
import { isPlugin, type Plugin } from '@g4f-kit/core';

type LoadPlugins = (specifiers: readonly string[], options?: { cwd?: string }) => Promise<Plugin[]>;

/**
 * Core's `loadPlugins`. TEMPORARY: core's `src/registry/load-plugins.ts` is not
 * yet exported from `@g4f-kit/core`'s index; until it is, a copy of its
 * behaviour below stands in. Replace this module by a direct import then.
 */
export const loadPluginModules: LoadPlugins =
  (core as unknown as { loadPlugins?: LoadPlugins }).loadPlugins ?? loadPluginsFallback;

async function loadPluginsFallback(specifiers: readonly string[], options: { cwd?: string } = {}): Promise<Plugin[]> {
  const cwd = options.cwd ?? process.cwd();
  const plugins: Plugin[] = [];
  const seen = new Set<string>();
  for (const specifier of specifiers) {
    let module: Record<string, unknown>;
    try {
      module = (await import(resolveSpecifier(specifier, cwd))) as Record<string, unknown>;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new core.G4FError(`Cannot load plugin "${specifier}": ${reason}`, { cause: error });
    }
    const found = Object.values(module).filter(isPlugin);
    if (found.length === 0) {
      throw new core.G4FError(
        `Cannot load plugin "${specifier}": the module exports no plugin made with definePlugin()`,
      );
    }
    for (const plugin of found) {
      if (seen.has(plugin.name)) continue;
      seen.add(plugin.name);
      plugins.push(plugin);
    }
  }
  return plugins;
}

function resolveSpecifier(specifier: string, cwd: string): string {
  if (specifier.startsWith('file:')) return specifier;
  if (specifier.startsWith('.') || isAbsolute(specifier)) return pathToFileURL(resolve(cwd, specifier)).href;
  try {
    return pathToFileURL(createRequire(resolve(cwd, 'noop.js')).resolve(specifier)).href;
  } catch {
    return specifier;
  }
}
