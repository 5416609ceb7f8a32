import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ImageResponse, ProviderInfo, Reasoning, ResponseStatusError } from '@g4f-kit/core';
import { defineMockProvider, mockImageProvider, ONE_PIXEL_PNG } from '@g4f-kit/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeServices } from '../__fixtures__/fake-services.js';
import { memoryIo } from '../__fixtures__/memory-io.js';
import { useTempDir } from '../__fixtures__/temp-dir.js';
import { runCli } from '../program/run-cli.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An image provider that reports progress the way ARTA does. */
const Painter = defineMockProvider({
  name: 'Painter',
  defaultModel: 'paint-1',
  defaultImageModel: 'paint-1',
  imageModels: ['paint-1'],
  respond: ({ options }) => [
    new Reasoning({ label: 'Waiting' }),
    new Reasoning({ label: 'Generating' }),
    new Reasoning({ label: 'Generated', status: `${options.n ?? 1} image(s)` }),
    new ImageResponse(
      Array.from({ length: options.n ?? 1 }, () => ONE_PIXEL_PNG),
      options.prompt ?? '',
    ),
  ],
});

describe('g4f-kit image', () => {
  const temp = useTempDir();

  function setup(providers = [Painter]) {
    const io = memoryIo({ cwd: temp.path, env: { G4F_MEDIA_DIR: join(temp.path, 'media') } });
    const services = fakeServices(providers);
    return { io, services, run: (...argv: string[]) => runCli(argv, { io, services }) };
  }

  it('saves the images, prints one path per line on stdout, and progress on stderr', async () => {
    const { io, services, run } = setup();
    expect(await run('image', 'a', 'red', 'fox', '--provider', 'Painter', '-n', '2')).toBe(0);
    const paths = io.stdout.lines;
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(dirname(path)).toBe(join(temp.path, 'media'));
      expect((await readFile(path)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    }
    expect(io.stderr.lines).toEqual([
      'Generating 2 images…',
      'Using Painter (paint-1)',
      'Waiting',
      'Generating',
      'Generated: 2 image(s)',
      'Saved 2 images from Painter (paint-1)',
    ]);
    expect(Painter.calls.at(-1)?.options).toMatchObject({ prompt: 'a red fox', n: 2, outputKind: 'image' });
    expect(services.runtimes.every((entry) => entry.closed)).toBe(true);
  });

  it('passes size, seed, aspect ratio and proxy through, and saves into --out', async () => {
    const { io, run } = setup();
    expect(
      await run('image', 'x', '-p', 'Painter', '--size', '640x480', '--seed', '7', '--proxy', 'http://127.0.0.1:9'),
    ).toBe(0);
    expect(Painter.calls.at(-1)?.options).toMatchObject({
      width: 640,
      height: 480,
      seed: 7,
      proxy: 'http://127.0.0.1:9',
    });
    expect(await run('image', 'y', '-p', 'Painter', '--aspect-ratio', '16:9', '--out', 'shots')).toBe(0);
    expect(Painter.calls.at(-1)?.options).toMatchObject({ aspectRatio: '16:9' });
    expect(dirname(io.stdout.lines.at(-1) ?? '')).toBe(join(temp.path, 'shots'));
  });

  it('prints {created, model, provider, data:[{path, revised_prompt}]} with --json', async () => {
    const { io, run } = setup();
    expect(await run('image', 'a lighthouse', '--provider', 'Painter', '--json')).toBe(0);
    const result = JSON.parse(io.stdout.text) as {
      created: number;
      model: string;
      provider: string;
      data: Array<{ path: string; revised_prompt?: string }>;
    };
    expect(result).toMatchObject({ model: 'paint-1', provider: 'Painter' });
    expect(result.created).toBeGreaterThan(1_700_000_000);
    expect(result.data).toEqual([{ path: expect.stringMatching(/\.png$/), revised_prompt: 'a lighthouse' }]);
  });

  it('routes by model when no provider is given', async () => {
    const { io, run } = setup([Painter, mockImageProvider('Other', { imageModels: ['other-1'] })]);
    expect(await run('image', 'x', '--model', 'paint-1')).toBe(0);
    expect(io.stderr.text).toContain('Using Painter (paint-1)');
  });

  it('fails with exit code 2 and the registered names for an unknown provider', async () => {
    const { io, run } = setup();
    expect(await run('image', 'x', '--provider', 'Nope')).toBe(2);
    expect(io.stderr.text).toContain('g4f-kit: Provider not found: "Nope". Registered providers: Painter\n');
    expect(io.stdout.text).toBe('');
  });

  it('fails with exit code 2 naming the flag for bad values', async () => {
    const { io, run } = setup();
    expect(await run('image', 'x', '-n', '0')).toBe(2);
    expect(await run('image', 'x', '--size', 'big')).toBe(2);
    expect(await run('image', 'x', '--size', '10x10', '--aspect-ratio', '1:1')).toBe(2);
    const lines = io.stderr.lines;
    expect(lines[0]).toBe(
      "g4f-kit: option '-n, --count <count>' argument '0' is invalid. Expected an integer from 1 to 10. (see 'g4f-kit image --help')",
    );
    expect(lines[1]).toContain("option '--size <WxH>' argument 'big' is invalid");
    expect(lines[2]).toContain("option '--size <WxH>' cannot be used with option '--aspect-ratio <W:H>'");
  });

  it('fails with exit code 1 and one line when the provider fails, the stack only with --debug', async () => {
    const Broken = defineMockProvider({
      name: 'Broken',
      defaultImageModel: 'b',
      imageModels: ['b'],
      respond: () => {
        throw new ResponseStatusError('Broken failed: HTTP 503', { status: 503 });
      },
    });
    const { io, run } = setup([Broken]);
    expect(await run('image', 'x', '-p', 'Broken')).toBe(1);
    expect(io.stderr.lines.at(-1)).toBe('g4f-kit: Broken failed: HTTP 503');
    expect(io.stderr.text).not.toContain('    at ');
    expect(await run('--debug', 'image', 'x', '-p', 'Broken')).toBe(1);
    expect(io.stderr.text).toContain('    at ');
  });

  it('stops on SIGINT with exit code 130', async () => {
    const Slow = defineMockProvider({
      name: 'Slow',
      defaultImageModel: 's',
      imageModels: ['s'],
      async *respond({ options }) {
        yield new ProviderInfo({ name: 'Slow', label: 'Slow', url: '', model: 's' });
        await new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, 10_000);
          options.signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(options.signal?.reason);
          });
        });
      },
    });
    const { io, run } = setup([Slow]);
    const running = run('image', 'x', '-p', 'Slow');
    await io.signal('SIGINT');
    expect(await running).toBe(130);
    expect(io.stderr.lines.at(-1)).toBe('g4f-kit: interrupted by SIGINT');
    expect(io.listenerCount()).toBe(0);
  });
});
