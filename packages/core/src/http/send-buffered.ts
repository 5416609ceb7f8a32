import type { Dispatcher } from 'undici';
import { ResponseError } from '../errors/response-error.js';
import { decodeContent } from './decode-content.js';
import {
  DispatchExchange,
  type ExchangeContext,
  type ExchangeRequest,
  type ResponseHeaders,
} from './dispatch-exchange.js';
import { type AttemptLimits, guardAttempt } from './guard-attempt.js';
import { isTransportFailure, toConnectionError } from './to-connection-error.js';

export interface BufferedAnswer {
  status: number;
  headers: ResponseHeaders;
  /** The whole body, content codings undone. */
  body: Uint8Array;
}

/**
 * One request whose body is read whole, through a {@link DispatchExchange}.
 * The time limit covers redirects, headers and body. Rejects with typed
 * errors only: AbortError (or the caller's reason), the limit's
 * TimeoutError, ConnectionError for a transport failure (saying whether the
 * body had started), ResponseError for a body that cannot be decoded.
 */
export function sendBuffered(
  dispatcher: Dispatcher,
  request: ExchangeRequest,
  limits: AttemptLimits & ExchangeContext,
): Promise<BufferedAnswer> {
  return new Promise((resolve, reject) => {
    let status = 0;
    let headers: ResponseHeaders = {};
    let started = false;
    const chunks: Buffer[] = [];
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      guard.dispose();
      return true;
    };
    const exchange = new DispatchExchange(
      dispatcher,
      request,
      {
        onResponse(answerStatus, answerHeaders) {
          status = answerStatus;
          headers = answerHeaders;
          started = true;
        },
        onData(chunk) {
          chunks.push(chunk);
        },
        onEnd() {
          if (!settle()) return;
          const raw = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
          try {
            resolve({ status, headers, body: decodeContent(raw, headers['content-encoding']) });
          } catch (error) {
            const prefix = limits.operation ? `${limits.operation}: ` : '';
            reject(
              new ResponseError(`${prefix}Could not decode the body from ${limits.url}`, {
                url: limits.url,
                cause: error,
              }),
            );
          }
        },
        onError(error) {
          if (!settle()) return;
          reject(
            isTransportFailure(error)
              ? toConnectionError(error, { url: limits.url, operation: limits.operation, whileReadingBody: started })
              : error,
          );
        },
      },
      limits,
    );
    const guard = guardAttempt(limits, (error) => {
      if (!settle()) return;
      exchange.abort(error);
      reject(error);
    });
    exchange.start();
  });
}
