import {
  type Clock,
  createContainer,
  disposeContainer,
  getRegistry,
  type HttpClient,
  MemoryAuthStore,
  type ProviderRegistry,
} from '@g4f-kit/core';
import { type CapturedLogs, captureLogs } from '@g4f-kit/core/testing';
import type { DependencyContainer } from 'tsyringe';
import { g4fSpacePlugin } from '../g4f-space-plugin.js';
import type { SpaceSettingsInput } from '../settings/space-settings-schema.js';

export interface SpaceContainer {
  container: DependencyContainer;
  registry: ProviderRegistry;
  logs: CapturedLogs;
  dispose(): Promise<void>;
}

/** A fresh container with the plugin installed and the logs captured. */
export function spaceContainer(
  options: { settings?: SpaceSettingsInput; httpClient?: HttpClient; clock?: Clock } = {},
): SpaceContainer {
  const logs = captureLogs();
  const container = createContainer({
    plugins: [g4fSpacePlugin],
    authStore: new MemoryAuthStore(),
    logger: logs.logger,
    config: { providers: { HuggingFace: { ...options.settings } } },
    ...(options.httpClient ? { httpClient: options.httpClient } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { container, registry: getRegistry(container), logs, dispose: () => disposeContainer(container) };
}
