import {
  Client,
  createContainer,
  definePlugin,
  disposeContainer,
  getRegistry,
  loadConfig,
  MemoryAuthStore,
  type Plugin,
  type ProviderClass,
} from '@g4f-kit/core';
import type { CliRuntime, CliServices, RuntimeOptions } from '../runtime/cli-services.js';

export interface FakeServices extends Partial<CliServices> {
  /** Every createRuntime call's options, in order. */
  calls: RuntimeOptions[];
  /** Runtimes built and whether each was closed. */
  runtimes: Array<{ runtime: CliRuntime; closed: boolean }>;
}

/**
 * createRuntime without @g4f-kit/server: core's loadConfig and container with
 * the given providers as one plugin (no built-ins), and a memory auth store.
 */
export function fakeServices(providers: ProviderClass[], extraPlugins: Plugin[] = []): FakeServices {
  const calls: RuntimeOptions[] = [];
  const runtimes: FakeServices['runtimes'] = [];
  return {
    calls,
    runtimes,
    async createRuntime(options) {
      calls.push(options);
      const config = loadConfig({
        cwd: options.cwd ?? process.cwd(),
        ...(options.env ? { env: options.env } : {}),
        ...(options.overrides ? { overrides: options.overrides } : {}),
        ...(options.configFile ? { file: options.configFile } : {}),
      });
      const plugins = [definePlugin({ name: 'test-providers', providers }), ...extraPlugins];
      const container = createContainer({
        plugins,
        config,
        authStore: new MemoryAuthStore(),
        ...(options.logger ? { logger: options.logger } : {}),
      });
      const entry = { closed: false, runtime: undefined as unknown as CliRuntime };
      entry.runtime = {
        config,
        registry: getRegistry(container),
        client: new Client({ container, mediaDir: config.mediaDir }),
        close: async () => {
          entry.closed = true;
          await disposeContainer(container);
        },
      };
      runtimes.push(entry);
      return entry.runtime;
    },
  };
}
