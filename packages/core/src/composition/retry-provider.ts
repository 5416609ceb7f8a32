import { ProviderInfo } from '../chunks/provider-info.js';
import { isContent, type ResponseChunk } from '../chunks/response-chunk.js';
import { G4FError } from '../errors/g4f-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { RetryNoProviderError } from '../errors/retry-no-provider-error.js';
import { delay } from '../http/delay.js';
import { createSilentLogger, type Logger } from '../logging/create-logger.js';
import type { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import type { GenerateOptions } from '../provider/generate-options.js';
import type { Message } from '../provider/message.js';
import { isAbortError, throwIfAborted } from '../signal/throw-if-aborted.js';
import { type IterListOptions, IterListProvider } from './iter-list-provider.js';
import { resolveModelFor } from './resolve-model-for.js';

export interface RetryProviderOptions extends IterListOptions {
  /** Retry the first provider instead of falling back along the list. */
  singleProviderRetry?: boolean;
  /** Attempts in single-provider mode, the first included. Default 3. */
  maxRetries?: number;
  /** First backoff delay in ms; doubles per attempt. Default 1000. */
  initialDelayMs?: number;
  /** Longest backoff delay in ms, `Retry-After` included. Default 30_000. */
  maxDelayMs?: number;
  /** Random spread applied to each delay, as a fraction. Default 0.2. */
  jitter?: number;
}

/**
 * g4f's RetryProvider: a fallback list, or (with `singleProviderRetry`)
 * repeated attempts on one provider with exponential backoff and jitter that
 * honours `Retry-After`. Unlike g4f it never retries after content has
 * started (no duplicated output) and never retries an abort.
 */
export class RetryProvider extends IterListProvider {
  static override label = 'RetryProvider';

  private readonly retry: Required<
    Pick<RetryProviderOptions, 'maxRetries' | 'initialDelayMs' | 'maxDelayMs' | 'jitter'>
  >;
  private readonly singleProviderRetry: boolean;
  private readonly retryLogger: Logger;
  private readonly retryRandom: () => number;

  constructor(providers: readonly AsyncGeneratorProvider[], options: RetryProviderOptions = {}) {
    super(providers, options);
    const maxRetries = options.maxRetries ?? 3;
    if (!Number.isInteger(maxRetries) || maxRetries < 1) {
      throw new G4FError(`RetryProvider: maxRetries must be a positive integer (got ${maxRetries})`);
    }
    this.singleProviderRetry = options.singleProviderRetry ?? false;
    this.retry = {
      maxRetries,
      initialDelayMs: options.initialDelayMs ?? 1000,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      jitter: options.jitter ?? 0.2,
    };
    this.retryLogger = options.logger ?? createSilentLogger();
    this.retryRandom = options.random ?? Math.random;
  }

  override async *createAsyncGenerator(
    model: string,
    messages: readonly Message[],
    options: GenerateOptions = {},
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    if (!this.singleProviderRetry) {
      yield* super.createAsyncGenerator(model, messages, options);
      return;
    }
    const provider = this.providers[0];
    if (!provider) throw new RetryNoProviderError('No providers available');
    const providerModel = resolveModelFor(provider, model, options.outputKind);

    for (let attempt = 1; ; attempt += 1) {
      throwIfAborted(options.signal);
      let started = false;
      try {
        yield new ProviderInfo({ ...provider.metadata, model: providerModel });
        for await (const chunk of provider.createAsyncGenerator(providerModel, messages, options)) {
          if (chunk === '') continue;
          if (isContent(chunk)) started = true;
          yield chunk;
        }
        if (started) return;
        throw new RetryNoProviderError(`${provider.name} returned no content`);
      } catch (error) {
        const retryable = G4FError.isInstance(error) && error.isRetryable;
        if (
          started ||
          isAbortError(error) ||
          options.signal?.aborted ||
          !retryable ||
          attempt >= this.retry.maxRetries
        ) {
          throw error;
        }
        const waitMs = this.backoffDelay(attempt, error);
        this.retryLogger.debug({ provider: provider.name, attempt, waitMs }, 'retrying provider');
        await delay(waitMs, options.signal);
      }
    }
  }

  private backoffDelay(attempt: number, error: unknown): number {
    const exponential = this.retry.initialDelayMs * 2 ** (attempt - 1);
    const spread = exponential * this.retry.jitter * (this.retryRandom() * 2 - 1);
    const retryAfter = RateLimitError.isInstance(error) ? (error.retryAfterMs ?? 0) : 0;
    return Math.min(this.retry.maxDelayMs, Math.max(retryAfter, Math.round(exponential + spread)));
  }
}
