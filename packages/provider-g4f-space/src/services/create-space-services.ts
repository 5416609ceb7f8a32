import { type Clock, createSilentLogger, type HttpClient, type Logger, systemClock } from '@g4f-kit/core';
import { GradioQueueClient } from '../gradio/gradio-queue-client.js';
import { resolveSpaceSettings } from '../settings/resolve-space-settings.js';
import { SPACE_SETTINGS_KEY } from '../settings/space-settings-schema.js';
import { ZeroGpuTokenService } from '../zerogpu/zero-gpu-token-service.js';
import type { SpaceServices } from './space-services.js';

export interface CreateSpaceServicesOptions {
  http: HttpClient;
  /** The container's config; its `providers.HuggingFace` section is read. */
  config?: { providers?: Readonly<Record<string, unknown>> } | undefined;
  logger?: Logger | undefined;
  clock?: Clock | undefined;
  /** Where `HF_TOKEN` is read; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

/** Builds the settings, the ZeroGPU token service and the Gradio client from a container's services. */
export function createSpaceServices(options: CreateSpaceServicesOptions): SpaceServices {
  const settings = resolveSpaceSettings(options.config?.providers?.[SPACE_SETTINGS_KEY], options.env ?? process.env);
  const logger = options.logger ?? createSilentLogger();
  const clock = options.clock ?? systemClock;
  return {
    http: options.http,
    settings,
    logger,
    clock,
    gradio: new GradioQueueClient(options.http, logger.child({ component: 'gradio' })),
    tokens: new ZeroGpuTokenService({
      http: options.http,
      settings,
      logger: logger.child({ component: 'zerogpu' }),
      clock,
    }),
  };
}
