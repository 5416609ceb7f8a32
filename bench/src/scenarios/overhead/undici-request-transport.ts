import { Agent, request } from 'undici';
import type { Transport } from './baseline-arta.js';

/**
 * The same calls through undici's `request()` (no WHATWG Request/Response or
 * web streams) on a 64-socket Agent: the cheapest HTTP client Node offers, to
 * show what the transport alone costs.
 */
export function undiciRequestTransport(): { transport: Transport; close: () => Promise<void> } {
  const dispatcher = new Agent({ connections: 64 });
  return {
    transport: async (url, init) => {
      const response = await request(url, { ...init, dispatcher });
      return { status: response.statusCode, body: await response.body.json() };
    },
    close: () => dispatcher.close(),
  };
}
