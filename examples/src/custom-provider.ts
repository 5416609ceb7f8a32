/**
 * Writing a provider against @g4f-kit/core's public API, registering it by
 * name, calling it, swapping it for another at runtime, and falling back.
 *
 *   pnpm --filter @g4f-kit/examples custom-provider
 */
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import {
  AsyncGeneratorProvider,
  createClient,
  definePlugin,
  type GenerateOptions,
  HTTP_CLIENT,
  type HttpClient,
  inject,
  injectable,
  MemoryAuthStore,
  type Message,
  messageText,
  ProviderModelMixin,
  Reasoning,
  type ResponseChunk,
  ResponseStatusError,
} from '@g4f-kit/core';

/** A provider that shouts the last user message back. */
@injectable()
export class Shouter extends ProviderModelMixin(AsyncGeneratorProvider) {
  static override label = 'Shouter';
  static override url = 'https://shouter.example';
  static override working = true;
  static override defaultModel = 'shout-1';
  static override models = ['shout-1', 'shout-2'];
  static override modelAliases = { loud: 'shout-2' };

  // Collaborators arrive by constructor injection with explicit tokens.
  constructor(@inject(HTTP_CLIENT) readonly http: HttpClient) {
    super();
  }

  override async *createAsyncGenerator(
    model: string,
    messages: readonly Message[],
    _options?: GenerateOptions,
  ): AsyncGenerator<ResponseChunk> {
    yield new Reasoning({ label: 'Shouting', status: model });
    yield messageText(messages.at(-1) ?? { role: 'user', content: '' }).toUpperCase();
  }
}

/** Its replacement: same job, quieter. */
export class Whisperer extends ProviderModelMixin(AsyncGeneratorProvider) {
  static override label = 'Whisperer';
  static override working = true;
  static override defaultModel = 'whisper-1';
  static override models = ['whisper-1'];

  override async *createAsyncGenerator(_model: string, messages: readonly Message[]): AsyncGenerator<ResponseChunk> {
    yield messageText(messages.at(-1) ?? { role: 'user', content: '' }).toLowerCase();
  }
}

/** Always fails, to show fallback. */
export class Flaky extends ProviderModelMixin(AsyncGeneratorProvider) {
  static override label = 'Flaky';
  static override working = true;
  static override defaultModel = 'flaky-1';

  // biome-ignore lint/correctness/useYield: fails before yielding, on purpose.
  override async *createAsyncGenerator(): AsyncGenerator<ResponseChunk> {
    throw new ResponseStatusError('Flaky: HTTP 503: try later', { status: 503 });
  }
}

export const shoutPlugin = definePlugin({ name: 'shout', providers: [Shouter, Flaky] });

export async function runExample(log: (line: string) => void = console.log): Promise<string[]> {
  const answers: string[] = [];
  const client = createClient({
    plugins: [shoutPlugin],
    authStore: new MemoryAuthStore(),
    config: { logLevel: 'warn' },
  });
  const ask = async (provider: string, content: string, model?: string) => {
    const completion = await client.chat.completions.create({
      provider,
      ...(model ? { model } : {}),
      messages: [{ role: 'user', content }],
    });
    const answer = `${completion.provider}/${completion.model}: ${completion.choices[0]?.message.content}`;
    answers.push(answer);
    log(answer);
  };
  try {
    log(`registered: ${client.registry.names().join(', ')}`);
    await ask('Shouter', 'hello there', 'loud');

    client.registry.swap('Shouter', Whisperer);
    log('swapped Shouter for Whisperer at runtime');
    await ask('Shouter', 'HELLO AGAIN');

    await ask('Flaky Shouter', 'Fallback Works');
    return answers;
  } finally {
    await client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runExample().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
