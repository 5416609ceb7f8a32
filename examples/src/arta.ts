/**
 * One image from ARTA through the client: progress lines as they arrive, then
 * the saved files.
 *
 *   pnpm --filter @g4f-kit/examples arta "a lighthouse in a storm" [model]
 *
 * Point it at the local emulator (or any stand-in) with environment variables:
 *   ARTA_EMULATOR_URL=http://127.0.0.1:8080    all three upstreams under their host-name prefixes
 *   ARTA_SIGN_UP_BASE_URL, ARTA_REFRESH_BASE_URL, ARTA_API_BASE_URL, ARTA_FIREBASE_API_KEY
 *                                              one at a time (these win over ARTA_EMULATOR_URL)
 *   G4F_MEDIA_DIR                              where images are saved (default ./generated_media)
 */
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { createClient, MemoryAuthStore, type ResponseChunk } from '@g4f-kit/core';
import { type ArtaSettingsInput, artaPlugin } from '@g4f-kit/provider-arta';

/** ARTA settings from the environment; empty when nothing is set (the real hosts). */
export function artaSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ArtaSettingsInput {
  const emulator = env.ARTA_EMULATOR_URL?.replace(/\/+$/, '');
  const pick = (name: string, emulatorPath: string): string | undefined =>
    env[name] || (emulator ? `${emulator}/${emulatorPath}` : undefined);
  const settings = {
    signUpBaseUrl: pick('ARTA_SIGN_UP_BASE_URL', 'www.googleapis.com'),
    refreshBaseUrl: pick('ARTA_REFRESH_BASE_URL', 'securetoken.googleapis.com'),
    apiBaseUrl: pick('ARTA_API_BASE_URL', 'img-gen-prod.ai-arta.com'),
    firebaseApiKey: env.ARTA_FIREBASE_API_KEY || undefined,
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}

/** A progress chunk as one line, e.g. "Generated: 1 image in 2.31s". */
function progressLine(chunk: ResponseChunk): string | undefined {
  if (typeof chunk === 'string' || chunk.type !== 'reasoning') return undefined;
  return String(chunk);
}

export async function runArtaExample(
  prompt: string,
  model?: string,
  log: (line: string) => void = console.log,
): Promise<string[]> {
  const client = createClient({
    plugins: [artaPlugin],
    // A real run could keep the token across runs with the default FileAuthStore.
    authStore: new MemoryAuthStore(),
    config: {
      logLevel: 'warn',
      providers: { ARTA: artaSettingsFromEnv() },
      ...(process.env.G4F_MEDIA_DIR ? { mediaDir: process.env.G4F_MEDIA_DIR } : {}),
    },
  });
  try {
    const result = await client.images.generate({
      provider: 'ARTA',
      prompt,
      ...(model ? { model } : {}),
      onChunk: (chunk) => {
        const line = progressLine(chunk);
        if (line) log(`  ${line}`);
      },
    });
    const paths = result.data.flatMap((image) => (image.url ? [image.url] : []));
    log(`${result.provider}/${result.model} saved:`);
    for (const path of paths) log(`  ${path}`);
    return paths;
  } finally {
    await client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [prompt = 'a lighthouse in a storm, oil painting', model] = process.argv.slice(2);
  runArtaExample(prompt, model).catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  });
}
