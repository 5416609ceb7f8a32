import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SOURCE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT_DIR = join(SOURCE_DIR, '..', '.tmp', 'build');

/** Every script that runs in a child process, relative to bench/src. */
export const CHILD_SCRIPTS = {
  overhead: 'scenarios/overhead/overhead-child.ts',
  timeToImage: 'scenarios/time-to-image/time-to-image-child.ts',
  economy: 'scenarios/economy/economy-child.ts',
  scale: 'scenarios/scale/scale-child.ts',
  server: 'scenarios/server/server-child.ts',
} as const;

export type ChildScripts = Record<keyof typeof CHILD_SCRIPTS, string>;

/**
 * Compiles the child scripts to plain ESM next to bench/ (bench/.tmp/build),
 * with every package left external: children run on plain `node` and use the
 * workspace packages' built dist/, as an application would. No loader in the
 * child means no loader thread in its RSS and CPU figures.
 */
export async function bundleChildren(): Promise<ChildScripts> {
  const entries = Object.entries(CHILD_SCRIPTS) as Array<[keyof typeof CHILD_SCRIPTS, string]>;
  await build({
    entryPoints: Object.fromEntries(entries.map(([name, path]) => [name, join(SOURCE_DIR, path)])),
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return Object.fromEntries(entries.map(([name]) => [name, join(OUT_DIR, `${name}.mjs`)])) as ChildScripts;
}
