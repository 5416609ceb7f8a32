import { createDeadline } from '@g4f-kit/core';
import type { GradioRequestOptions } from '../gradio/gradio-queue-client.js';
import type { SpaceServices } from '../services/space-services.js';
import { credentialsFromApiKey, type ZeroGpuCredentials } from '../zerogpu/zero-gpu-credentials.js';
import type { SpaceOptions } from './space-options-schema.js';

/** One generation's cancellation, time limits and credentials. */
export interface SpaceCall {
  /** Fires on the caller's abort, the overall deadline, or when the generation stops early. */
  readonly signal: AbortSignal;
  /** For every request of the call. */
  readonly transport: GradioRequestOptions;
  /** The caller's `apiKey` as the token, else the shared, cached ZeroGPU token of `space`. */
  credentials(space: string): Promise<ZeroGpuCredentials>;
  /** Ends the call: releases the deadline and cancels whatever still runs. */
  dispose(): void;
}

export function startSpaceCall(services: SpaceServices, providerName: string, options: SpaceOptions): SpaceCall {
  const deadline = createDeadline(options.timeoutMs, options.signal);
  const stop = new AbortController();
  const signal = AbortSignal.any([deadline.signal, stop.signal]);
  const transport: GradioRequestOptions = {
    signal,
    proxy: options.proxy,
    requestTimeoutMs: options.requestTimeoutMs,
    idleTimeoutMs: services.settings.idleTimeoutMs,
    operation: providerName,
  };
  return {
    signal,
    transport,
    credentials(space: string): Promise<ZeroGpuCredentials> {
      if (options.apiKey !== undefined) return Promise.resolve(credentialsFromApiKey(options.apiKey));
      return services.tokens.get(space, {
        signal,
        proxy: options.proxy,
        requestTimeoutMs: options.requestTimeoutMs,
      });
    },
    dispose(): void {
      stop.abort();
      deadline.dispose();
    },
  };
}
