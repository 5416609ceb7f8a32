import type { ConfigOverrides } from '@g4f-kit/core';
import type { CliContext } from './cli-context.js';
import type { CliRuntime } from './cli-services.js';
import type { GlobalOptions } from './global-options.js';
import { openRuntime } from './prepare-runtime.js';

/** Opens a runtime, runs `work` with it, and closes it whatever happens. */
export async function withRuntime<T>(
  context: CliContext,
  globals: GlobalOptions,
  overrides: ConfigOverrides,
  work: (runtime: CliRuntime) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime(context, globals, overrides);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
