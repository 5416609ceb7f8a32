import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdminRequest, isAdminPath } from '../admin/admin-routes.js';
import { applyGenericFault } from '../faults/apply-generic-fault.js';
import type { EmulatorState } from './emulator-state.js';
import { HttpError } from './http-error.js';
import { HttpExchange } from './http-exchange.js';
import { matchRoute } from './route-table.js';

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * Serves one request: finds the route, counts it, draws its fault, applies
 * the generic part of the fault, runs the handler and turns thrown
 * HttpErrors into responses.
 */
export async function handleRequest(req: IncomingMessage, res: ServerResponse, state: EmulatorState): Promise<void> {
  const ex = new HttpExchange(req, res, state.shutdown);
  if (isAdminPath(ex.url.pathname)) {
    await serveAdmin(ex, state);
    return;
  }
  const match = matchRoute(ex.method, decodePath(ex.url.pathname));
  const routeName = match.route?.name ?? 'notFound';
  state.counters.increment(routeName);
  const fault = state.faults.take(routeName);
  try {
    if (!(await applyGenericFault(ex, routeName, fault))) return;
    if (!match.route) {
      throw match.methodNotAllowed
        ? new HttpError(405, { detail: 'Method Not Allowed' })
        : new HttpError(404, { detail: 'Not Found' });
    }
    await match.route.handler({ ex, state, params: match.params, fault });
  } catch (error) {
    if (error instanceof HttpError) ex.json(error.status, error.body, error.headers);
    else if (ex.signal.aborted) ex.reset();
    else {
      state.logger.error({ err: error, route: routeName, method: ex.method, url: req.url }, 'Emulator route failed');
      ex.json(500, {
        error: 'Internal emulator error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  } finally {
    state.logger.debug(
      { route: routeName, method: ex.method, url: req.url, status: res.statusCode },
      'emulator request',
    );
  }
}

/** The admin API: not counted, no faults. */
async function serveAdmin(ex: HttpExchange, state: EmulatorState): Promise<void> {
  try {
    await handleAdminRequest(ex, state);
  } catch (error) {
    if (error instanceof HttpError) ex.json(error.status, error.body, error.headers);
    else
      ex.json(500, {
        error: 'Internal emulator error',
        message: error instanceof Error ? error.message : String(error),
      });
  }
}
