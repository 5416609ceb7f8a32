import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpExchange } from '../server/http-exchange.js';
import type { RouteName } from '../server/route-names.js';
import type { Fault } from './fault.js';

/**
 * Applies the faults every route shares. Returns true when the handler should
 * still run (no fault, latency served, malformed armed, or a domain fault the
 * handler applies itself) and false when the fault answered (status) or
 * swallowed (hang) the request.
 */
export async function applyGenericFault(
  ex: HttpExchange,
  route: RouteName,
  fault: Fault | undefined,
): Promise<boolean> {
  if (!fault) return true;
  if ('latencyMs' in fault) {
    await sleep(fault.latencyMs, undefined, { signal: ex.signal });
    return true;
  }
  if ('status' in fault) {
    const headers: Record<string, string> = {};
    if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
    if (typeof fault.body === 'string') ex.text(fault.status, fault.body, headers);
    else
      ex.json(
        fault.status,
        fault.body ?? { error: { code: fault.status, message: `Emulated fault on ${route}` } },
        headers,
      );
    return false;
  }
  if ('hang' in fault) {
    await new Promise<void>((resolve) => {
      if (ex.signal.aborted) resolve();
      else ex.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    ex.reset();
    return false;
  }
  if ('malformed' in fault) ex.malformed = true;
  return true;
}
