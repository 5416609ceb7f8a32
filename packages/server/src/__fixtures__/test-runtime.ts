import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ConfigOverrides,
  createSilentLogger,
  definePlugin,
  type Logger,
  MemoryAuthStore,
  type ProviderClass,
} from '@g4f-kit/core';
import { createRuntime, type Runtime } from '../create-runtime.js';

export interface TestRuntime {
  runtime: Runtime;
  /** A fresh temporary directory: the runtime's cwd; media go to `<dir>/media`. */
  dir: string;
  cleanup(): Promise<void>;
}

let pluginCount = 0;

/** A runtime over the given mock providers only: no built-ins, no environment, no files outside `dir`. */
export async function createTestRuntime(
  providers: readonly ProviderClass[],
  options: { overrides?: ConfigOverrides; logger?: Logger } = {},
): Promise<TestRuntime> {
  const dir = await mkdtemp(join(tmpdir(), 'g4f-server-test-'));
  pluginCount += 1;
  const plugins = providers.length > 0 ? [definePlugin({ name: `test-plugin-${pluginCount}`, providers })] : [];
  const runtime = await createRuntime({
    builtins: false,
    cwd: dir,
    env: {},
    plugins,
    overrides: { mediaDir: 'media', logLevel: 'silent', ...options.overrides },
    authStore: new MemoryAuthStore(),
    logger: options.logger ?? createSilentLogger(),
  });
  return {
    runtime,
    dir,
    cleanup: async () => {
      await runtime.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
