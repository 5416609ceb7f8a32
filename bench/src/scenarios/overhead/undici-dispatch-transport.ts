import { Agent, type Dispatcher } from 'undici';
import type { Transport } from './baseline-arta.js';

/**
 * The same calls through undici's `Dispatcher.dispatch` with a minimal
 * handler that gathers the body (no Readable body, no AbortSignal, no
 * redirects, no time limit): the lowest CPU an HTTP/1.1 request can cost in
 * Node, and the transport the HttpClient itself is built on.
 */
export function undiciDispatchTransport(): { transport: Transport; close: () => Promise<void> } {
  const agent = new Agent({ connections: 64 });
  const transport: Transport = (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const chunks: Buffer[] = [];
      let status = 0;
      const handler: Dispatcher.DispatchHandler = {
        // undici tells the controller-style handler API from the legacy one by this method.
        onRequestStart() {},
        onResponseStart(_controller, statusCode) {
          status = statusCode;
        },
        onResponseData(_controller, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          try {
            resolve({ status, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (error) {
            reject(error);
          }
        },
        onResponseError(_controller, error) {
          reject(error);
        },
      };
      agent.dispatch(
        {
          origin: target.origin,
          path: `${target.pathname}${target.search}`,
          method: init.method,
          headers: init.headers,
          body: init.body ?? null,
        },
        handler,
      );
    });
  return { transport, close: () => agent.close() };
}
