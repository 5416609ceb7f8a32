/**
 * The main job: the whole stack end to end. Starts the local emulator, points
 * every provider at it through configuration only, then generates images with
 * ARTA, with G4F flux (delegated to FluxDev) and G4F flux-schnell, streams a
 * Janus chat answer, and saves the PNGs to ./generated_media.
 *
 *   pnpm demo                 against the local emulator (offline)
 *   pnpm demo --live          the same code against the real services
 *   pnpm demo --out DIR       save somewhere else
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Client, createClient, type ResponseChunk } from '@g4f-kit/core';
import { type Emulator, g4fKitProvidersConfig, startEmulator } from '@g4f-kit/emulator';
import { artaPlugin } from '@g4f-kit/provider-arta';
import { g4fSpacePlugin } from '@g4f-kit/provider-g4f-space';

export interface DemoOptions {
  /** Use the real upstream services with the default configuration. */
  live?: boolean;
  /** Where images are saved. Default ./generated_media. */
  out?: string;
  log?: (line: string) => void;
  /** Streamed chat text goes here as it arrives. */
  write?: (text: string) => void;
}

export interface DemoImage {
  job: string;
  path: string;
  width?: number;
  height?: number;
}

export interface DemoResult {
  images: DemoImage[];
  chat: string;
}

interface ImageJob {
  job: string;
  provider: string;
  model: string;
  prompt: string;
  width?: number;
  height?: number;
  aspectRatio?: string;
}

const IMAGE_JOBS: ImageJob[] = [
  { job: 'ARTA flux', provider: 'ARTA', model: 'flux', prompt: 'a lighthouse at dawn, watercolor', aspectRatio: '1:1' },
  {
    job: 'G4F flux (FluxDev)',
    provider: 'G4F',
    model: 'flux',
    prompt: 'a fox in a snowy forest, photo',
    width: 768,
    height: 512,
  },
  {
    job: 'G4F flux-schnell',
    provider: 'G4F',
    model: 'flux-schnell',
    prompt: 'a tiny robot reading a book',
    width: 512,
    height: 512,
  },
];

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const live = options.live ?? false;
  let emulator: Emulator | undefined;
  // Emulator tokens are fake: keep them out of the real cookie store.
  const cookiesDir = live ? undefined : await mkdtemp(join(tmpdir(), 'g4f-kit-demo-cookies-'));
  let client: Client | undefined;
  try {
    if (!live) {
      emulator = await startEmulator({ artaMaxSide: 512, gradioGenerationTimeMs: 300, artaGenerationTimeMs: 600 });
      log(`emulator listening on ${emulator.baseUrl}`);
    }
    client = createClient({
      plugins: [artaPlugin, g4fSpacePlugin],
      config: {
        logLevel: 'warn',
        mediaDir: options.out ?? './generated_media',
        ...(cookiesDir ? { cookiesDir } : {}),
        ...(emulator ? { providers: g4fKitProvidersConfig(emulator) } : {}),
      },
    });

    const images: DemoImage[] = [];
    for (const job of IMAGE_JOBS) {
      log(`\n${job.job}: "${job.prompt}"`);
      const started = performance.now();
      const result = await client.images.generate({
        provider: job.provider,
        model: job.model,
        prompt: job.prompt,
        ...(job.width ? { width: job.width, height: job.height } : {}),
        ...(job.aspectRatio ? { aspectRatio: job.aspectRatio } : {}),
        onChunk: (chunk) => {
          const line = progressLine(chunk);
          if (line) log(`  ${line}`);
        },
      });
      for (const image of result.data) {
        const path = image.url ?? '';
        images.push({ job: job.job, path, ...definedSize(job) });
        log(`  saved ${relative(process.cwd(), path)} (${result.provider}/${result.model}, ${seconds(started)})`);
      }
    }

    log('\nJanus chat (streamed):');
    const stream = await client.chat.completions.create({
      provider: 'DeepseekAI_JanusPro7b',
      model: 'janus-pro-7b',
      messages: [{ role: 'user', content: 'In one sentence, what is a lighthouse for?' }],
      stream: true,
    });
    let chat = '';
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta.content ?? '';
      chat += delta;
      write(delta);
    }
    write('\n');

    log(`\n${images.length} image(s) saved:`);
    for (const image of images) log(`  ${image.path}`);
    return { images, chat };
  } finally {
    await client?.close();
    await emulator?.close();
    if (cookiesDir) await rm(cookiesDir, { recursive: true, force: true });
  }
}

function progressLine(chunk: ResponseChunk): string | undefined {
  if (typeof chunk === 'string') return undefined;
  if (chunk.type === 'reasoning' && chunk.token === undefined) return String(chunk);
  if (chunk.type === 'provider-info') return `provider ${chunk.name} (${chunk.model})`;
  return undefined;
}

function definedSize(job: ImageJob): { width?: number; height?: number } {
  return job.width && job.height ? { width: job.width, height: job.height } : {};
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)}s`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { live: { type: 'boolean', default: false }, out: { type: 'string' } },
    allowPositionals: false,
  });
  runDemo({ live: values.live ?? false, ...(values.out ? { out: values.out } : {}) }).catch((error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
