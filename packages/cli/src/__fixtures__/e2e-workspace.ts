import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, g4fKitProvidersConfig, startEmulator } from '@g4f-kit/emulator';

const CORE_PACKAGE = fileURLToPath(new URL('../../../core', import.meta.url));

export interface E2eWorkspace {
  /** The temp dir the CLI runs in, with g4f-kit.config.json. */
  dir: string;
  emulator: Emulator;
  mediaDir: string;
  close(): Promise<void>;
}

/**
 * A temp dir whose g4f-kit.config.json points every provider at a fresh
 * emulator (small, fast images) and keeps cookies and media inside it. It
 * has node_modules/@g4f-kit/core linked to this repository's core, so a
 * plugin written into it resolves `@g4f-kit/core` as a user's project would.
 */
export async function createE2eWorkspace(config: Record<string, unknown> = {}): Promise<E2eWorkspace> {
  const emulator = await startEmulator({
    port: 0,
    artaMaxSide: 64,
    artaGenerationTimeMs: 20,
    gradioGenerationTimeMs: 20,
  });
  const dir = await mkdtemp(join(tmpdir(), 'g4f-kit-cli-e2e-'));
  await mkdir(join(dir, 'node_modules', '@g4f-kit'), { recursive: true });
  await symlink(CORE_PACKAGE, join(dir, 'node_modules', '@g4f-kit', 'core'), 'dir');
  const mediaDir = join(dir, 'media');
  const settings = {
    cookiesDir: './cookies',
    mediaDir: './media',
    timeoutMs: 20_000,
    logLevel: 'warn',
    providers: g4fKitProvidersConfig(emulator),
    ...config,
  };
  await writeFile(join(dir, 'g4f-kit.config.json'), JSON.stringify(settings, null, 2));
  return {
    dir,
    emulator,
    mediaDir,
    async close() {
      await emulator.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
