export { ADMIN_PREFIX } from './admin/admin-routes.js';
export type { CompletionKind, JobCompletion } from './admin/completion-log.js';
export { ARTA_ASPECT_RATIOS, type ArtaAspectRatio, artaImageSize } from './arta/arta-aspect-ratios.js';
export type { ArtaStatus } from './arta/arta-job-store.js';
export { ARTA_STYLES, type ArtaStyle, isArtaStyle } from './arta/arta-styles.js';
export { DEFAULT_EMULATOR_CONFIG, type EmulatorConfig } from './config/emulator-config.js';
export type {
  EndWithoutCompletedFault,
  FailJobFault,
  Fault,
  FaultKind,
  GpuQuotaFault,
  HangFault,
  LatencyFault,
  MalformedFault,
  ResetMidStreamFault,
  StatusFault,
} from './faults/fault.js';
export { FIREBASE_PROJECT_NUMBER } from './firebase/firebase-token-store.js';
export { g4fKitProvidersConfig } from './g4f-kit/g4f-kit-providers-config.js';
export { BROKEN_SSE_LINE } from './gradio/data-route.js';
export type { GradioFileData } from './gradio/file-data.js';
export type { GradioEdit } from './gradio/gradio-diff.js';
export type { GradioMessage, ProgressUnit } from './gradio/gradio-messages.js';
export { GPU_QUOTA_ERROR, GPU_QUOTA_TITLE, INVALID_ZERO_GPU_TOKEN_ERROR } from './gradio/zero-gpu-errors.js';
export { OBJECT_OBJECT } from './huggingface/zero-gpu-token-store.js';
export type { PngCacheOptions } from './png/png-cache.js';
export type { EmulatorUrls } from './server/emulator-urls.js';
export type { RouteCounts } from './server/route-counters.js';
export { ROUTE_NAMES, type RouteName } from './server/route-names.js';
export { UPSTREAM_HOSTS } from './server/upstream-hosts.js';
export { SPACES, type SpaceId, type SpaceKind, spaceHost } from './spaces/space-catalog.js';
export { type Emulator, type FaultController, type StartEmulatorOptions, startEmulator } from './start-emulator.js';
export type { EmulatorLogger } from './util/logger.js';
