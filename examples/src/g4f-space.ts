/**
 * The G4F Hugging Face Spaces through the client: a FLUX image from G4F
 * (progress and previews as they arrive), then a Janus answer streamed as it
 * is typed, then a follow-up question in the same Janus session.
 *
 *   pnpm --filter @g4f-kit/examples g4f-space ["a paper boat on a pond"] ["What is a Space?"]
 *
 * Point it at the local emulator (or any stand-in) with environment variables:
 *   G4F_SPACE_EMULATOR_URL=http://127.0.0.1:8080   every host under its host-name prefix
 *   HUGGING_FACE_URL                              instead of https://huggingface.co (wins over the above)
 *   G4F_SPACE_URLS='{"roxky/FLUX.1-dev":"http://…"}' per Space id (wins over the above)
 *   HF_TOKEN                                      a Hugging Face token, for signed-in ZeroGPU tokens
 */
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { createClient, type JsonConversation, MemoryAuthStore, type Message, type ResponseChunk } from '@g4f-kit/core';
import { g4fSpacePlugin, type SpaceSettingsInput } from '@g4f-kit/provider-g4f-space';

/** The Space settings from the environment; empty when nothing is set (the real hosts). */
export function spaceSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SpaceSettingsInput {
  const settings: SpaceSettingsInput = {};
  if (env.G4F_SPACE_EMULATOR_URL) settings.mirrorUrl = env.G4F_SPACE_EMULATOR_URL;
  if (env.HUGGING_FACE_URL) settings.huggingFaceUrl = env.HUGGING_FACE_URL;
  if (env.G4F_SPACE_URLS) settings.spaceUrls = JSON.parse(env.G4F_SPACE_URLS) as Record<string, string>;
  return settings;
}

/** A status chunk as one line, e.g. "In queue: position 1 of 3, about 12.0s". */
function progressLine(chunk: ResponseChunk): string | undefined {
  if (typeof chunk === 'string') return undefined;
  if (chunk.type === 'reasoning') return String(chunk);
  if (chunk.type === 'image-preview') return `preview ${chunk.urls[0] ?? ''}`;
  return undefined;
}

export interface G4fSpaceExampleResult {
  imageUrl: string | undefined;
  answers: string[];
}

export async function runG4fSpaceExample(
  prompt = 'a paper boat on a pond, watercolour',
  question = 'In one sentence: what is a Hugging Face Space?',
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<G4fSpaceExampleResult> {
  const log = (line: string) => write(`${line}\n`);
  const client = createClient({
    plugins: [g4fSpacePlugin],
    authStore: new MemoryAuthStore(),
    config: { logLevel: 'warn', providers: { HuggingFace: spaceSettingsFromEnv() } },
  });
  try {
    log(`G4F flux: ${prompt}`);
    const image = await client.images.generate({
      provider: 'G4F',
      model: 'flux',
      prompt,
      responseFormat: 'url',
      onChunk: (chunk) => {
        const line = progressLine(chunk);
        if (line) log(`  ${line}`);
      },
    });
    const imageUrl = image.data[0]?.url;
    log(`  image: ${imageUrl}`);

    const answers: string[] = [];
    let conversation: JsonConversation | undefined;
    const history: Message[] = [{ role: 'user', content: question }];
    for (const turn of [question, 'And why would I use one?']) {
      if (turn !== question) history.push({ role: 'user', content: turn });
      write(`\nJanus: ${turn}\n  `);
      const stream = await client.chat.completions.create({
        provider: 'Janus',
        stream: true,
        messages: history,
        ...(conversation ? { conversation } : {}),
      });
      let answer = '';
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta.content ?? '';
        answer += delta;
        write(delta);
        if (chunk.conversation) conversation = chunk.conversation;
      }
      write('\n');
      answers.push(answer);
      history.push({ role: 'assistant', content: answer });
    }
    return { imageUrl, answers };
  } finally {
    await client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runG4fSpaceExample(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
