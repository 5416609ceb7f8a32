import type { ResponseChunk } from '@g4f-kit/core';

/** Shows how a generation is going, on stderr. */
export interface ProgressReporter {
  start(text: string): void;
  /** Feeds every chunk; the reporter picks out progress (Reasoning, ProviderInfo). */
  update(chunk: ResponseChunk): void;
  succeed(text: string): void;
  fail(text: string): void;
  /** Ends the display without a final line (e.g. when an answer starts streaming). */
  stop(): void;
}
