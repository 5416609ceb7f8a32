/** Where Space pages and the ZeroGPU jwt endpoint live. */
export const DEFAULT_HUGGING_FACE_URL = 'https://huggingface.co';

/** The Spaces these providers call, by Hugging Face id, with g4f's hosts. */
export const SPACE_IDS = {
  /** `BlackForestLabs_Flux1Dev`. */
  flux1Dev: 'black-forest-labs/FLUX.1-dev',
  /** `FluxDev` (G4F's copy of FLUX.1-dev). */
  g4fFluxDev: 'roxky/FLUX.1-dev',
  /** `DeepseekAI_JanusPro7b`. */
  janus: 'deepseek-ai/Janus-Pro-7B',
  /** `G4F`'s own Janus. */
  g4fJanus: 'roxky/Janus-Pro-7B',
  /**
   * G4F's flux-schnell Space, called on the legacy `/run/predict` route. g4f
   * names only its host (`roxky-g4f-flux.hf.space`); the id is the one the
   * host is derived from, as the g4f-kit emulator spells it.
   */
  g4fFluxSchnell: 'roxky/G4F-flux',
} as const;

export const DEFAULT_SPACE_URLS: Readonly<Record<string, string>> = {
  [SPACE_IDS.flux1Dev]: 'https://black-forest-labs-flux-1-dev.hf.space',
  [SPACE_IDS.g4fFluxDev]: 'https://roxky-flux-1-dev.hf.space',
  [SPACE_IDS.janus]: 'https://deepseek-ai-janus-pro-7b.hf.space',
  [SPACE_IDS.g4fJanus]: 'https://roxky-janus-pro-7b.hf.space',
  [SPACE_IDS.g4fFluxSchnell]: 'https://roxky-g4f-flux.hf.space',
};
