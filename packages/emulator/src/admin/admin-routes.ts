import type { EmulatorConfig } from '../config/emulator-config.js';
import { resolveConfig } from '../config/emulator-config.js';
import type { EmulatorState } from '../server/emulator-state.js';
import { HttpError } from '../server/http-error.js';
import type { HttpExchange } from '../server/http-exchange.js';

/** Path prefix of the admin API; no upstream host starts with `__`, so it cannot shadow a route. */
export const ADMIN_PREFIX = '/__emulator';

/**
 * The admin API, for a test or benchmark driving an emulator in another
 * process (same powers as the in-process `Emulator` object):
 *
 * - `GET  /__emulator/counters` -> requests per route
 * - `GET  /__emulator/config` -> the current config
 * - `POST /__emulator/configure` with a JSON config patch -> the new config (400 naming a bad field)
 * - `GET  /__emulator/completions[?since=<epoch ms>]` -> `{now, completions: [{kind, id, prompt, finishedAt}]}`
 * - `POST /__emulator/reset` -> zeroes the counters and forgets the completions
 * - `POST /__emulator/expire-tokens` -> expires every id token and ZeroGPU token issued so far
 *
 * Admin requests are not counted and draw no faults.
 */
export function isAdminPath(pathname: string): boolean {
  return pathname === ADMIN_PREFIX || pathname.startsWith(`${ADMIN_PREFIX}/`);
}

export async function handleAdminRequest(ex: HttpExchange, state: EmulatorState): Promise<void> {
  const action = ex.url.pathname.slice(ADMIN_PREFIX.length + 1);
  const route = `${ex.method} ${action}`;
  switch (route) {
    case 'GET counters':
      return ex.json(200, state.counters.snapshot());
    case 'GET config':
      return ex.json(200, state.config);
    case 'POST configure':
      return ex.json(200, configure(state, await ex.readJson(() => badRequest('The body must be JSON'))));
    case 'GET completions':
      return ex.json(200, { now: state.now(), completions: state.completions.list(sinceParam(ex)) });
    case 'POST reset':
      state.counters.reset();
      state.completions.clear();
      return ex.json(200, { ok: true });
    case 'POST expire-tokens':
      state.firebase.expireAll();
      state.zeroGpu.expireAll();
      return ex.json(200, { ok: true });
    default:
      throw new HttpError(404, { detail: `Unknown admin route: ${route}` });
  }
}

function configure(state: EmulatorState, patch: unknown): EmulatorConfig {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw badRequest('The body must be a JSON object of config fields');
  }
  try {
    state.config = resolveConfig(state.config, patch as Partial<EmulatorConfig>);
  } catch (error) {
    throw badRequest(error instanceof Error ? error.message : String(error));
  }
  return state.config;
}

function sinceParam(ex: HttpExchange): number | undefined {
  const raw = ex.url.searchParams.get('since');
  if (raw === null || raw === '') return undefined;
  const since = Number(raw);
  if (!Number.isFinite(since)) throw badRequest('since must be a number (epoch milliseconds)');
  return since;
}

function badRequest(detail: string): HttpError {
  return new HttpError(400, { detail });
}
