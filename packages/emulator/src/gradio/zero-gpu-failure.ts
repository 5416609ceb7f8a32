import type { EmulatorState } from '../server/emulator-state.js';
import type { HttpExchange } from '../server/http-exchange.js';
import { GPU_QUOTA_ERROR, GPU_QUOTA_TITLE, INVALID_ZERO_GPU_TOKEN_ERROR } from './zero-gpu-errors.js';

export interface JobFailure {
  error: string;
  title: string;
}

export const GPU_QUOTA_FAILURE: JobFailure = { error: GPU_QUOTA_ERROR, title: GPU_QUOTA_TITLE };

/**
 * How the `x-zerogpu-token` / `x-zerogpu-uuid` headers make a call fail, if
 * they do: tokens the emulator never issued (or expired) fail with an
 * invalid-token error; anonymous calls (no token, or `[object Object]`) fail
 * with the quota error only when `zeroGpuAnonymous` is `reject`.
 */
export function zeroGpuFailure(ex: HttpExchange, state: EmulatorState): JobFailure | undefined {
  const check = state.zeroGpu.check(ex.header('x-zerogpu-token'), ex.header('x-zerogpu-uuid'));
  if (check === 'invalid') return { error: INVALID_ZERO_GPU_TOKEN_ERROR, title: 'Error' };
  if (check === 'anonymous' && state.config.zeroGpuAnonymous === 'reject') return GPU_QUOTA_FAILURE;
  return undefined;
}
