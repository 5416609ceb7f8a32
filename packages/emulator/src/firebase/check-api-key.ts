import type { EmulatorConfig } from '../config/emulator-config.js';
import type { HttpExchange } from '../server/http-exchange.js';
import { googleError } from './google-error.js';

/** Firebase needs `?key=`: missing -> 403 PERMISSION_DENIED; not the configured key -> 400. */
export function checkApiKey(ex: HttpExchange, config: EmulatorConfig): void {
  const key = ex.url.searchParams.get('key');
  if (!key) {
    throw googleError(
      403,
      "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      'PERMISSION_DENIED',
    );
  }
  if (config.firebaseApiKey !== undefined && key !== config.firebaseApiKey) {
    throw googleError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT');
  }
}
