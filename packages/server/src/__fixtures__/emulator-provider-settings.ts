import type { EmulatorUrls } from '@g4f-kit/emulator';

/** A fast, constant ARTA status poll, so tests do not wait on the production schedule. */
const FAST_POLL = { initialMs: 5, steadyMs: 5, maxMs: 5, factor: 1, lagFraction: 0 };

/**
 * `config.providers` pointing the built-in providers at a running emulator,
 * mapped from the provider packages' settings schemas: ARTA's
 * `artaSettingsSchema` (`providers.ARTA`) and the Spaces' shared
 * `spaceSettingsSchema` (`providers.HuggingFace`).
 */
export function emulatorProviderSettings(urls: EmulatorUrls): Record<string, Record<string, unknown>> {
  return {
    ARTA: {
      signUpBaseUrl: urls.firebaseSignUp,
      refreshBaseUrl: urls.firebaseRefresh,
      apiBaseUrl: urls.arta,
      poll: FAST_POLL,
    },
    HuggingFace: {
      huggingFaceUrl: urls.huggingFace,
      spaceUrls: { ...urls.spaces },
    },
  };
}
