import { TimeoutError } from '../errors/timeout-error.js';
import { onAbort } from '../signal/on-abort.js';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { toConnectionError } from './to-connection-error.js';

export interface ReadBodyOptions {
  /** Aborting rejects the pending read with AbortError at once. */
  signal?: AbortSignal | undefined;
  /** Longest wait for the next chunk; TimeoutError phase 'idle' after it. Infinite or absent: no limit. */
  idleTimeoutMs?: number | undefined;
  /** For messages; already stripped of its query string. */
  url?: string | undefined;
  operation?: string | undefined;
}

/**
 * Yields a body's chunks with every read bounded by the signal and the idle
 * limit. Whenever reading stops early (abort, idle timeout, an error, or the
 * consumer leaving the loop) the stream is cancelled so its connection is
 * released and nothing reads from it again.
 *
 * The signal is watched here rather than left to fetch because a mocked
 * response (msw) ignores the request's signal once its headers are out.
 */
export async function* readBodyChunks(
  body: ReadableStream<Uint8Array>,
  options: ReadBodyOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = body.getReader();
  let finished = false;
  try {
    while (true) {
      const result = await readWithLimits(() => reader.read(), options);
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!finished) {
      // Not awaited: a source whose cancel never settles must not hang the caller.
      reader.cancel().catch(() => {});
    }
    reader.releaseLock();
  }
}

/**
 * One read of a body (a web stream's reader, a Node stream's iterator) under
 * the idle limit and the signal: an abort rejects with the signal's error, a
 * failed read with ConnectionError.
 */
export function readWithLimits<R>(read: () => Promise<R>, options: ReadBodyOptions): Promise<R> {
  const { signal, idleTimeoutMs } = options;
  if (signal?.aborted) return Promise.reject(toAbortError(signal?.reason, options.operation));
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopWaiting: (() => void) | undefined;
    const settle = (): void => {
      clearTimeout(timer);
      stopWaiting?.();
    };
    if (idleTimeoutMs !== undefined && Number.isFinite(idleTimeoutMs)) {
      timer = setTimeout(() => {
        settle();
        reject(idleTimeoutError(idleTimeoutMs, options));
      }, idleTimeoutMs);
    }
    if (signal !== undefined) {
      stopWaiting = onAbort(signal, () => {
        settle();
        reject(toAbortError(signal.reason, options.operation));
      });
    }
    read().then(
      (result) => {
        settle();
        resolve(result);
      },
      (error: unknown) => {
        settle();
        // A real fetch errors its body when the request signal aborts: that is still the caller's abort.
        if (signal?.aborted) reject(toAbortError(signal?.reason, options.operation));
        else
          reject(
            toConnectionError(error, {
              url: options.url ?? 'the server',
              operation: options.operation,
              whileReadingBody: true,
            }),
          );
      },
    );
  });
}

export function idleTimeoutError(idleTimeoutMs: number, options: ReadBodyOptions): TimeoutError {
  const prefix = options.operation ? `${options.operation}: ` : '';
  const from = options.url ? ` from ${options.url}` : '';
  return new TimeoutError(`${prefix}The stream${from} sent nothing for ${idleTimeoutMs} ms`, {
    timeoutMs: idleTimeoutMs,
    phase: 'idle',
  });
}
