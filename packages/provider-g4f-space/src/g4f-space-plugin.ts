import { definePlugin } from '@g4f-kit/core';
import { BlackForestLabs_Flux1Dev } from './providers/black-forest-labs-flux1-dev.js';
import { DeepseekAI_JanusPro7b } from './providers/deepseek-ai-janus-pro7b.js';
import { FluxDev } from './providers/flux-dev.js';
import { G4F } from './providers/g4f.js';

/**
 * The G4F Hugging Face Space providers: `G4F`, `FluxDev`,
 * `BlackForestLabs_Flux1Dev` and `DeepseekAI_JanusPro7b` (also `Janus`).
 * Settings: `config.providers.HuggingFace` (see `spaceSettingsSchema`).
 */
export const g4fSpacePlugin = definePlugin({
  name: 'g4f-space',
  providers: [
    { provider: G4F, name: 'G4F' },
    { provider: FluxDev, name: 'FluxDev' },
    { provider: BlackForestLabs_Flux1Dev, name: 'BlackForestLabs_Flux1Dev' },
    { provider: DeepseekAI_JanusPro7b, name: 'DeepseekAI_JanusPro7b', aliases: ['Janus'] },
  ],
});
