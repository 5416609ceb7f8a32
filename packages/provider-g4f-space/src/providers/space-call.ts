import { AbortError, createDeadline, createLinkedController, MissingAuthError, ResponseError } from '@g4f-kit/core';
import type { GradioRequestOptions } from '../gradio/gradio-queue-client.js';
import type { SpaceServices } from '../services/space-services.js';
import { isZeroGpuTokenRejection } from '../zerogpu/is-zero-gpu-token-rejection.js';
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
  /**
   * The error to throw for a failure of the call. When the Space refused the
   * ZeroGPU token, the token is dropped from the cache (the next call fetches
   * a new one) and the failure becomes a MissingAuthError, retryable unless
   * the caller supplied the token.
   */
  failure(error: unknown, space: string, credentials: ZeroGpuCredentials | undefined): unknown;
  /** Ends the call: releases the deadline and cancels whatever still runs. */
  dispose(): void;
}

/**
 * The reason a finished call's leftover work is aborted with: one shared
 * instance, since nobody waits for it and an Error per call (or the
 * DOMException `abort()` makes without a reason) costs a stack trace each.
 */
const CALL_ENDED = new AbortError('The generation ended before this request did');

export function startSpaceCall(services: SpaceServices, providerName: string, options: SpaceOptions): SpaceCall {
  const deadline = createDeadline(options.timeoutMs, options.signal);
  const scope = createLinkedController(deadline.signal);
  const { signal } = scope;
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
    failure(error: unknown, space: string, credentials: ZeroGpuCredentials | undefined): unknown {
      if (!credentials || !ResponseError.isInstance(error) || !isZeroGpuTokenRejection(error.message)) return error;
      const supplied = options.apiKey !== undefined;
      if (!supplied) services.tokens.invalidate(space, credentials.token);
      return new MissingAuthError(error.message, { cause: error, isRetryable: !supplied });
    },
    dispose(): void {
      // Work the generation left behind (a request raced by progress ticks) stops; nothing else hears it.
      scope.abort(CALL_ENDED);
      deadline.dispose();
    },
  };
}
