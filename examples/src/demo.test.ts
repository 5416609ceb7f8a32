import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const demoScript = join(here, 'demo.ts');
// `--import tsx` resolves from the working directory, which is a temp dir here.
const tsxLoader = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs'),
).href;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('pnpm demo (the main job)', () => {
  it('runs the whole stack against the emulator, saves PNGs of the requested sizes to ./generated_media and exits 0', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'g4f-kit-demo-'));
    try {
      // Same entry as `pnpm demo`, run from source so no build is needed.
      const { stdout } = await run(
        process.execPath,
        ['--conditions=@g4f-kit/source', '--import', tsxLoader, demoScript],
        {
          cwd,
          timeout: 60_000, // tsx reads decorator settings from the repo's tsconfig, not the temp dir's.
          env: { ...process.env, NO_COLOR: '1', TSX_TSCONFIG_PATH: join(here, '../../tsconfig.json') },
        },
      );
      const files = (await readdir(join(cwd, 'generated_media'))).filter((name) => name.endsWith('.png'));
      expect(files).toHaveLength(3);
      for (const name of files) expect(stdout).toContain(join(cwd, 'generated_media', name));

      const sizes = await Promise.all(
        files.map(async (name) => ({ name, ...pngSize(await readFile(join(cwd, 'generated_media', name))) })),
      );
      expect(sizes.find((file) => file.name.includes('a-fox-in-a-snowy-forest'))).toMatchObject({
        width: 768,
        height: 512,
      });
      expect(sizes.find((file) => file.name.includes('a-tiny-robot'))).toMatchObject({ width: 512, height: 512 });
      expect(sizes.find((file) => file.name.includes('a-lighthouse'))).toMatchObject({ width: 512, height: 512 });

      expect(stdout).toContain('Generated: 1 image');
      expect(stdout).toMatch(/Janus chat \(streamed\):\n.*lighthouse/);
      expect((await readdir(join(cwd, 'generated_media'))).some((name) => name.endsWith('.part'))).toBe(false);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 90_000);
});
