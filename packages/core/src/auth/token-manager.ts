import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { type Clock, systemClock } from '../config/clock.js';
import { createSilentLogger, type Logger } from '../logging/create-logger.js';
import { toAbortError } from '../signal/throw-if-aborted.js';
import { waitUnlessAborted } from '../signal/wait-unless-aborted.js';
import type { AuthStore } from './auth-store.js';
import { SingleFlight } from './single-flight.js';

/** The fields every managed credential carries; times are epoch milliseconds. */
export interface ManagedToken {
  /** When the upstream stops accepting it. Absolute, never inferred from a file's age. */
  expiresAt: number;
  issuedAt: number;
}

export interface TokenManagerOptions<T extends ManagedToken> {
  /** Store key and log label, e.g. "ARTA". */
  key: string;
  /** Validates what the store returns; a token that fails it counts as absent. */
  schema: z.ZodType<T>;
  /** Persists tokens across runs when given; memory only otherwise. */
  store?: AuthStore;
  clock?: Clock;
  /**
   * Gets a brand-new credential (e.g. an anonymous sign-up). It is shared by
   * every caller waiting at that moment, so it is called without any one
   * caller's signal: bound it with request timeouts instead.
   */
  acquire: (signal?: AbortSignal) => Promise<T>;
  /** Renews a credential (e.g. a refresh-token grant); called the same way as `acquire`. */
  refresh?: (current: T, signal?: AbortSignal) => Promise<T>;
  /** Fraction of a token's lifetime after which it is renewed; default 0.5. */
  refreshAfter?: number;
  /** A token counts as expired this long before `expiresAt`; default 30 s. */
  expiryMarginMs?: number;
  logger?: Logger;
}

const DEFAULT_REFRESH_AFTER = 0.5;
const DEFAULT_EXPIRY_MARGIN_MS = 30_000;

/**
 * A credential cache for one provider: memory, then the store, then the
 * upstream.
 *
 * - A token younger than `refreshAfter` of its lifetime is returned as is.
 * - Past that, it is renewed with `refresh` when there is one; without one it
 *   is used until it expires.
 * - An expired token is also refreshed first when `refresh` exists, because
 *   refresh tokens usually outlive the access token and a refresh is cheaper
 *   than a new account; a failed refresh falls back to `acquire`.
 * - All renewal is single-flight: however many callers arrive together, the
 *   upstream sees one acquire or one refresh.
 *
 * A caller's AbortSignal rejects that caller's `get()` with an AbortError (or
 * the signal's typed reason, e.g. a deadline's TimeoutError) but does not
 * cancel the shared renewal: others may be waiting on it, and a token that
 * arrives after everyone left is still cached for the next call.
 *
 * The store is a cache: if it fails to read, write or delete, the manager logs
 * a warning and carries on in memory. Token values never reach logs or errors.
 */
export class TokenManager<T extends ManagedToken> {
  private readonly key: string;
  private readonly schema: z.ZodType<T>;
  private readonly store: AuthStore | undefined;
  private readonly clock: Clock;
  private readonly acquire: TokenManagerOptions<T>['acquire'];
  private readonly refresh: TokenManagerOptions<T>['refresh'];
  private readonly refreshAfter: number;
  private readonly expiryMarginMs: number;
  private readonly logger: Logger;
  private readonly renewals = new SingleFlight<T>();
  private current: T | undefined;

  constructor(options: TokenManagerOptions<T>) {
    const refreshAfter = options.refreshAfter ?? DEFAULT_REFRESH_AFTER;
    if (!(refreshAfter > 0 && refreshAfter <= 1)) {
      throw new RangeError(`refreshAfter must be in (0, 1], got ${refreshAfter}`);
    }
    const expiryMarginMs = options.expiryMarginMs ?? DEFAULT_EXPIRY_MARGIN_MS;
    if (!(expiryMarginMs >= 0)) throw new RangeError(`expiryMarginMs must be >= 0, got ${expiryMarginMs}`);
    this.key = options.key;
    this.schema = options.schema;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.acquire = options.acquire;
    this.refresh = options.refresh;
    this.refreshAfter = refreshAfter;
    this.expiryMarginMs = expiryMarginMs;
    this.logger = options.logger ?? createSilentLogger();
  }

  /** A usable token: cached when it is young enough, renewed (once, for everyone) when not. */
  get(signal?: AbortSignal): Promise<T> {
    // Checked first so an aborted caller never starts a renewal.
    if (signal?.aborted) return Promise.reject(toAbortError(signal.reason));
    const cached = this.current;
    if (cached && !this.needsRenewal(cached)) return Promise.resolve(cached);
    return waitUnlessAborted(
      this.renewals.run(this.key, () => this.renew()),
      signal,
    );
  }

  /**
   * Drops the cached token after the upstream rejected it. Given the rejected
   * token, it only drops the cache while it still holds that token, so a 401
   * from a request that started before a refresh cannot discard the new token.
   */
  async invalidate(rejected?: T): Promise<void> {
    if (this.current !== undefined) {
      if (rejected !== undefined && !sameToken(this.current, rejected)) return;
      this.current = undefined;
    }
    if (rejected !== undefined) {
      // Another process may have stored a newer token meanwhile: leave that one.
      const stored = await this.readStore();
      if (stored === undefined || !sameToken(stored, rejected)) return;
    }
    await this.deleteFromStore();
  }

  private async renew(): Promise<T> {
    let token = this.current;
    if (!token || this.needsRenewal(token)) {
      // Another process (or an earlier run) may hold a younger token.
      const stored = await this.readStore();
      if (stored && (!token || stored.expiresAt > token.expiresAt)) token = stored;
    }
    if (token && !this.needsRenewal(token)) {
      this.current = token;
      return token;
    }
    if (token && this.refresh) {
      try {
        return await this.adopt(await this.refresh(token), 'refreshed');
      } catch (error) {
        this.logger.warn({ key: this.key, error: describe(error) }, 'Token refresh failed; acquiring a new token');
      }
    }
    return this.adopt(await this.acquire(), 'acquired');
  }

  private needsRenewal(token: T): boolean {
    const now = this.clock.now();
    if (now >= token.expiresAt - this.expiryMarginMs) return true;
    if (!this.refresh) return false;
    const lifetime = token.expiresAt - token.issuedAt;
    return now >= token.issuedAt + lifetime * this.refreshAfter;
  }

  /** Caches a new token, in memory and (when it fits the schema) in the store. */
  private async adopt(token: T, how: 'acquired' | 'refreshed'): Promise<T> {
    const checked = this.schema.safeParse(token);
    if (!checked.success) {
      // Stored, it would read back as absent and be acquired again on every start.
      const fields = checked.error.issues.map((issue) => issue.path.join('.') || '(root)');
      this.logger.warn({ key: this.key, fields }, 'New token does not match its schema; keeping it in memory only');
      this.current = token;
      return token;
    }
    this.current = checked.data;
    this.logger.debug({ key: this.key, expiresAt: checked.data.expiresAt }, `Token ${how}`);
    await this.writeStore(checked.data);
    return checked.data;
  }

  private async readStore(): Promise<T | undefined> {
    if (!this.store) return undefined;
    try {
      return await this.store.read(this.key, this.schema);
    } catch (error) {
      this.logger.warn(
        { key: this.key, error: describe(error) },
        'Reading the stored token failed; ignoring the store',
      );
      return undefined;
    }
  }

  private async writeStore(token: T): Promise<void> {
    if (!this.store) return;
    try {
      await this.store.write(this.key, token);
    } catch (error) {
      this.logger.warn(
        { key: this.key, error: describe(error) },
        'Storing the token failed; keeping it in memory only',
      );
    }
  }

  private async deleteFromStore(): Promise<void> {
    if (!this.store) return;
    try {
      await this.store.delete(this.key);
    } catch (error) {
      this.logger.warn({ key: this.key, error: describe(error) }, 'Deleting the stored token failed');
    }
  }
}

/** Identity first; a deep comparison catches the same token read back from the store. */
function sameToken(left: unknown, right: unknown): boolean {
  return left === right || isDeepStrictEqual(left, right);
}

/** Name and message only: never the error's own fields, which may carry a response body. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
}
