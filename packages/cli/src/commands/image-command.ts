import { resolve } from 'node:path';
import { definedOnly } from '@g4f-kit/core';
import { Command, Option } from 'commander';
import { InterruptedError } from '../errors/interrupted-error.js';
import {
  parseAspectRatio,
  parseImageCount,
  parseName,
  parseProxyUrl,
  parseSeed,
  parseSizeFlag,
} from '../flags/flag-parsers.js';
import { writeJson } from '../output/write-json.js';
import { createProgress } from '../progress/create-progress.js';
import type { CliContext } from '../runtime/cli-context.js';
import type { GlobalOptions } from '../runtime/global-options.js';
import { abortOnSignal } from '../runtime/wait-for-signal.js';
import { withRuntime } from '../runtime/with-runtime.js';

interface ImageOptions {
  provider?: string;
  model?: string;
  count?: number;
  size?: string;
  aspectRatio?: string;
  seed?: number;
  out?: string;
  proxy?: string;
  json?: boolean;
}

const EXAMPLES = `
Examples:
  $ g4f-kit image "a lighthouse at dusk, oil painting"
  $ g4f-kit image "a red fox" --provider ARTA --model flux -n 2 --aspect-ratio 16:9
  $ g4f-kit image "isometric city" --provider G4F --model flux --size 1024x576 --seed 42 --out ./images
  $ g4f-kit image "a cat astronaut" --json | jq -r '.data[].path'
`;

/** `g4f-kit image <prompt>`: generates images, saves them, prints their paths. */
export function imageCommand(context: CliContext): Command {
  return new Command('image')
    .description('generate images from a prompt and save them; prints one file path per line')
    .argument('<prompt...>', 'what to draw (quote it, or give it as several words)')
    .addOption(
      new Option('-p, --provider <name>', 'provider name, or several separated by spaces to try in order').argParser(
        parseName,
      ),
    )
    .addOption(
      new Option('-m, --model <name>', "model name (default: the provider's image model)").argParser(parseName),
    )
    .addOption(new Option('-n, --count <count>', 'how many images, 1-10').argParser(parseImageCount))
    .addOption(
      new Option('--size <WxH>', 'image size, e.g. 1024x768').argParser(parseSizeFlag).conflicts('aspectRatio'),
    )
    .addOption(new Option('--aspect-ratio <W:H>', 'aspect ratio, e.g. 16:9').argParser(parseAspectRatio))
    .addOption(new Option('--seed <seed>', 'seed, for repeatable results').argParser(parseSeed))
    .option('-o, --out <dir>', 'where to save the images (default: config mediaDir, ./generated_media)')
    .addOption(
      new Option('--proxy <url>', 'http, https or socks5 proxy for upstream requests').argParser(parseProxyUrl),
    )
    .option('--json', 'print {created, model, provider, data:[{path, revised_prompt}]} as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], options: ImageOptions, command: Command) => {
      await runImage(context, words.join(' '), options, command.optsWithGlobals<GlobalOptions>());
    });
}

async function runImage(context: CliContext, prompt: string, options: ImageOptions, globals: GlobalOptions) {
  const { terminal, io } = context;
  const overrides = options.out === undefined ? {} : { mediaDir: resolve(io.cwd, options.out) };
  await withRuntime(context, globals, overrides, async (runtime) => {
    const progress = createProgress(terminal);
    const interrupt = abortOnSignal(io);
    const count = options.count ?? 1;
    progress.start(`Generating ${count === 1 ? 'an image' : `${count} images`}…`);
    try {
      const result = await runtime.client.images.generate({
        prompt,
        signal: interrupt.signal,
        onChunk: (chunk) => progress.update(chunk),
        ...definedOnly({
          provider: options.provider,
          model: options.model,
          n: options.count,
          size: options.size,
          aspectRatio: options.aspectRatio,
          seed: options.seed,
          proxy: options.proxy,
        }),
      });
      const model = result.model ? ` (${result.model})` : '';
      const saved = result.data.length === 1 ? '1 image' : `${result.data.length} images`;
      progress.succeed(`Saved ${saved} from ${result.provider}${model}`);
      const images = result.data.map((image) => ({ path: image.url ?? '', revised_prompt: image.revised_prompt }));
      if (options.json) {
        writeJson(terminal, { created: result.created, model: result.model, provider: result.provider, data: images });
      } else {
        for (const image of images) terminal.out(`${image.path}\n`);
      }
    } catch (error) {
      progress.fail('Image generation failed');
      if (interrupt.received) throw new InterruptedError(interrupt.received);
      throw error;
    } finally {
      interrupt.dispose();
    }
  });
}
