import type { Clock, HttpClient, Logger } from '@g4f-kit/core';
import type { GradioQueueClient } from '../gradio/gradio-queue-client.js';
import type { SpaceSettings } from '../settings/space-settings.js';
import type { ZeroGpuTokenService } from '../zerogpu/zero-gpu-token-service.js';

/** What every Space provider of one container shares. */
export interface SpaceServices {
  readonly http: HttpClient;
  readonly gradio: GradioQueueClient;
  readonly tokens: ZeroGpuTokenService;
  readonly settings: SpaceSettings;
  readonly logger: Logger;
  readonly clock: Clock;
}
