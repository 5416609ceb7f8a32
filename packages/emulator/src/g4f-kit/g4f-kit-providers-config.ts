import type { EmulatorUrls } from '../server/emulator-urls.js';

/**
 * The `providers` section of a g4f-kit config that points every built-in
 * provider at this emulator. Plain data, so the emulator still imports nothing
 * of g4f-kit: paste it into `g4f-kit.config.json`, or pass it as
 * `createClient({ config: { providers } })`.
 */
export function g4fKitProvidersConfig(emulator: { baseUrl: string; urls: EmulatorUrls }) {
  return {
    ARTA: {
      signUpBaseUrl: emulator.urls.firebaseSignUp,
      refreshBaseUrl: emulator.urls.firebaseRefresh,
      apiBaseUrl: emulator.urls.arta,
    },
    // Every Hugging Face host (huggingface.co and each *.hf.space) under one prefix.
    HuggingFace: {
      mirrorUrl: emulator.baseUrl,
    },
  };
}
