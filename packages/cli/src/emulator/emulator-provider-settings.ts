import type { EmulatorUrls } from '@g4f-kit/emulator';

/**
 * The `providers` block of a g4f-kit.config.json that points every built-in
 * provider at a running emulator: ARTA's three services (settings
 * `providers.ARTA`), and Hugging Face with each Space (settings
 * `providers.HuggingFace`, shared by G4F, FluxDev, BlackForestLabs_Flux1Dev
 * and DeepseekAI_JanusPro7b). Built from the emulator's own URL map.
 */
export function emulatorProviderSettings(urls: EmulatorUrls): Record<string, Record<string, unknown>> {
  return {
    ARTA: {
      signUpBaseUrl: urls.firebaseSignUp,
      refreshBaseUrl: urls.firebaseRefresh,
      apiBaseUrl: urls.arta,
    },
    HuggingFace: {
      huggingFaceUrl: urls.huggingFace,
      spaceUrls: { ...urls.spaces },
    },
  };
}
