import {
  type AuthStore,
  type Clock,
  createSilentLogger,
  type HttpClient,
  type Logger,
  MissingAuthError,
  systemClock,
  TokenManager,
} from '@g4f-kit/core';
import { ARTA_AUTH_KEY, type ArtaToken, artaTokenSchemaFor, tokenIssuer } from './arta-token.js';
import {
  type FirebaseCallOptions,
  type FirebaseEndpoints,
  refreshAnonymousToken,
  signUpAnonymously,
} from './firebase-anonymous-auth.js';

/** Proxies remembered at once; the least recently added is dropped beyond that. */
const MAX_PROXIES = 32;

export interface ArtaAuthOptions {
  http: HttpClient;
  endpoints: FirebaseEndpoints;
  /** Keeps the token across runs under `ARTA`; memory only when absent. */
  store?: AuthStore;
  clock?: Clock;
  logger?: Logger;
}

/**
 * ARTA's anonymous Firebase auth on core's TokenManager: one sign-up however
 * many calls arrive together, reuse while the token is young, a refresh past
 * half its life, a new sign-up when the refresh fails, persistence in the
 * AuthStore with an absolute expiry.
 *
 * A renewal is shared by every waiting call, so it cannot use any one call's
 * signal; it goes through the proxy of the call that needed it: there is one
 * TokenManager per proxy (all sharing the stored token), so calls through
 * different proxies never make Firebase requests through each other's.
 */
export class ArtaAuth {
  private readonly managers = new Map<string, TokenManager<ArtaToken>>();
  private readonly clock: Clock;
  private readonly logger: Logger;

  constructor(private readonly options: ArtaAuthOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? createSilentLogger();
  }

  /** A usable token; the call's signal only ends this call's wait. */
  token(call: FirebaseCallOptions = {}): Promise<ArtaToken> {
    return this.managerFor(call.proxy).get(call.signal);
  }

  /** Forgets a token the upstream rejected (unless a newer one has replaced it already). */
  invalidate(rejected: ArtaToken, call: FirebaseCallOptions = {}): Promise<void> {
    return this.managerFor(call.proxy).invalidate(rejected);
  }

  /**
   * Runs `request` with the raw id token; when ARTA answers 401, drops that
   * token and tries exactly once more with a fresh one.
   */
  async withToken<T>(call: FirebaseCallOptions, request: (idToken: string) => Promise<T>): Promise<T> {
    const token = await this.token(call);
    try {
      return await request(token.idToken);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      this.logger.debug('ARTA rejected the token (401); signing in again once');
      await this.invalidate(token, call);
      const fresh = await this.token(call);
      return request(fresh.idToken);
    }
  }

  private managerFor(proxy: string | undefined): TokenManager<ArtaToken> {
    const key = proxy ?? '';
    let manager = this.managers.get(key);
    if (!manager) {
      const { http, endpoints, store } = this.options;
      const via = { proxy };
      manager = new TokenManager<ArtaToken>({
        key: ARTA_AUTH_KEY,
        schema: artaTokenSchemaFor(tokenIssuer(endpoints)),
        ...(store === undefined ? {} : { store }),
        clock: this.clock,
        logger: this.logger,
        acquire: () => signUpAnonymously(http, endpoints, this.clock, via),
        refresh: (current) => refreshAnonymousToken(http, endpoints, this.clock, current, via),
      });
      this.managers.set(key, manager);
      if (this.managers.size > MAX_PROXIES) this.managers.delete(this.managers.keys().next().value as string);
    }
    return manager;
  }
}

function isUnauthorized(error: unknown): boolean {
  return MissingAuthError.isInstance(error) && error.status === 401;
}
