import type { CliRuntime, CliServices } from './cli-services.js';

/** The real services: @g4f-kit/server's runtime and HTTP server, @g4f-kit/emulator. */
export const defaultServices: CliServices = {
  async createRuntime(options) {
    const { createRuntime } = await import('@g4f-kit/server');
    return createRuntime(options);
  },
  async startServer(options) {
    const { startServer } = await import('@g4f-kit/server');
    const { runtime, ...rest } = options;
    // The CLI builds its runtime with createRuntime(), so it is the server's own type.
    type ServerRuntime = NonNullable<Parameters<typeof startServer>[0]>['runtime'];
    return startServer({ ...rest, ...(runtime ? { runtime: runtime as CliRuntime as ServerRuntime } : {}) });
  },
  async startEmulator(options) {
    const { startEmulator } = await import('@g4f-kit/emulator');
    return startEmulator(options);
  },
};
