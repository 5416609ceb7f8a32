export { applyGradioDiff, type GradioDiffOp, isGradioDiff } from './apply-gradio-diff.js';
export type { GradioEvent, GradioProgressUnit } from './gradio-event.js';
export { type GradioFileData, gradioFileUrl, toGradioFileData } from './gradio-file-data.js';
export {
  type GradioJoinRequest,
  GradioQueueClient,
  type GradioRequestOptions,
  type GradioStreamTarget,
  type GradioUpload,
} from './gradio-queue-client.js';
export { GradioStatusReporter } from './gradio-status-reporter.js';
export { newSessionHash, newShortSessionHash } from './session-hash.js';
export { cleanSpaceMessage, isGpuQuotaMessage, refineSpaceError, spaceFailure } from './space-error.js';
