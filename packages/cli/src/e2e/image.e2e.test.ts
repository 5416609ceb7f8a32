import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eWorkspace, type E2eWorkspace } from '../__fixtures__/e2e-workspace.js';
import { readPngSize } from '../__fixtures__/png-info.js';
import { runCliProcess } from '../__fixtures__/spawn-cli.js';

describe('g4f-kit image (spawned, against the emulator)', { timeout: 60_000 }, () => {
  let workspace: E2eWorkspace;
  beforeAll(async () => {
    workspace = await createE2eWorkspace();
  });
  afterAll(async () => {
    await workspace?.close();
  });

  it('generates with ARTA: prints the paths of real PNG files, progress on stderr', async () => {
    const result = await runCliProcess(
      ['image', 'a red fox in the snow', '--provider', 'ARTA', '-n', '2', '--aspect-ratio', '16:9'],
      workspace.dir,
    );
    expect(result.stderr).not.toContain('g4f-kit:');
    expect(result.code).toBe(0);
    const paths = result.stdout.trim().split('\n');
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(dirname(path)).toBe(workspace.mediaDir);
      expect(await readPngSize(path)).toEqual({ width: 64, height: 36 });
    }
    const progress = result.stderr.trim().split('\n');
    expect(progress[0]).toBe('Generating 2 images…');
    expect(progress).toContain('Using ARTA (Flux)');
    expect(progress.at(-1)).toBe('Saved 2 images from ARTA (Flux)');
  });

  it('generates with G4F flux as JSON, at the requested size', async () => {
    const result = await runCliProcess(
      [
        'image',
        'isometric city',
        '--provider',
        'G4F',
        '--model',
        'flux',
        '--size',
        '256x128',
        '--json',
        '--out',
        'shots',
      ],
      workspace.dir,
    );
    expect(result.stderr).not.toContain('g4f-kit:');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as {
      created: number;
      model: string;
      provider: string;
      data: Array<{ path: string; revised_prompt?: string }>;
    };
    expect(printed).toMatchObject({ model: 'flux', provider: 'G4F' });
    expect(printed.data).toHaveLength(1);
    const image = printed.data[0];
    expect(dirname(image?.path ?? '')).toBe(`${workspace.dir}/shots`);
    expect(image?.revised_prompt).toBe('isometric city');
    expect(await readPngSize(image?.path ?? '')).toEqual({ width: 256, height: 128 });
    expect(result.stderr).toContain('Using G4F (flux)');
  });

  it('exits 2 for an unknown provider, naming the registered ones', async () => {
    const result = await runCliProcess(['image', 'x', '--provider', 'NoSuchProvider'], workspace.dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const error = result.stderr.trim().split('\n').at(-1) ?? '';
    expect(error).toMatch(/^g4f-kit: Provider not found: "NoSuchProvider"\. Registered providers: /);
    for (const name of ['ARTA', 'G4F', 'FluxDev', 'BlackForestLabs_Flux1Dev', 'DeepseekAI_JanusPro7b']) {
      expect(error).toContain(name);
    }
  });

  it('exits 2 naming the flag for a bad value, before anything starts', async () => {
    const result = await runCliProcess(['image', 'x', '-n', '11'], workspace.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "g4f-kit: option '-n, --count <count>' argument '11' is invalid. Expected an integer from 1 to 10. (see 'g4f-kit image --help')\n",
    );
  });
});
