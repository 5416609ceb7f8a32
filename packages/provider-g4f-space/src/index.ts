import 'reflect-metadata';

export { g4fSpacePlugin } from './g4f-space-plugin.js';
export {
  applyGradioDiff,
  type GradioDiffOp,
  type GradioEvent,
  type GradioFileData,
  type GradioJoinRequest,
  type GradioProgressUnit,
  GradioQueueClient,
  type GradioRequestOptions,
  GradioStatusReporter,
  type GradioStreamTarget,
  type GradioUpload,
  gradioFileUrl,
  isGpuQuotaMessage,
  isGradioDiff,
  newSessionHash,
  spaceFailure,
  toGradioFileData,
} from './gradio/index.js';
export { ASPECT_RATIO_SIZES, type ImageSize, useAspectRatio } from './image-size/aspect-ratio-sizes.js';
export { BlackForestLabs_Flux1Dev } from './providers/black-forest-labs-flux1-dev.js';
export { DeepseekAI_JanusPro7b } from './providers/deepseek-ai-janus-pro7b.js';
export { FluxDev } from './providers/flux-dev.js';
export { G4F } from './providers/g4f.js';
export { type SpaceOptions, spaceOptionsSchema } from './providers/space-options-schema.js';
export { type CreateSpaceServicesOptions, createSpaceServices } from './services/create-space-services.js';
export type { SpaceServices } from './services/space-services.js';
export {
  DEFAULT_HUGGING_FACE_URL,
  DEFAULT_SPACE_URLS,
  resolveSpaceSettings,
  SPACE_IDS,
  SPACE_SETTINGS_KEY,
  type SpaceSettings,
  type SpaceSettingsInput,
  spaceSettingsSchema,
} from './settings/index.js';
export {
  ANONYMOUS_ZERO_GPU_TOKEN,
  type ZeroGpuCredentials,
  type ZeroGpuTokenRequest,
  ZeroGpuTokenService,
  type ZeroGpuTokenServiceOptions,
} from './zerogpu/index.js';
