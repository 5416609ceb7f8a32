import {
  type Clock,
  createSilentLogger,
  G4FError,
  type HttpClient,
  joinUrl,
  type Logger,
  SingleFlight,
  systemClock,
  waitUnlessAborted,
} from '@g4f-kit/core';
import { z } from 'zod';
import type { SpaceSettings } from '../settings/space-settings.js';
import { decodeJwtExpiry } from './decode-jwt-expiry.js';
import { jwtExpiration } from './jwt-expiration.js';
import { type ScrapedZeroGpuPage, scrapeZeroGpuPage } from './scrape-zero-gpu-page.js';
import { ANONYMOUS_ZERO_GPU_TOKEN, type ZeroGpuCredentials } from './zero-gpu-credentials.js';

export type ZeroGpuTokenSettings = Pick<
  SpaceSettings,
  'huggingFaceUrl' | 'hfToken' | 'cookies' | 'tokenTtlMs' | 'tokenExpiryMarginMs'
>;

export interface ZeroGpuTokenServiceOptions {
  http: HttpClient;
  settings: ZeroGpuTokenSettings;
  logger?: Logger;
  clock?: Clock;
}

/** Per call: the caller's signal bounds only its own wait; proxy and time limit apply to a fetch it starts. */
export interface ZeroGpuTokenRequest {
  signal?: AbortSignal | undefined;
  proxy?: string | undefined;
  requestTimeoutMs?: number | undefined;
}

interface CachedCredentials {
  credentials: ZeroGpuCredentials;
  /** When to fetch again: shortly before the token expires. */
  renewAt: number;
}

const MAX_REJECTED = 256;

const jwtResponseSchema = z.object({ token: z.string().min(1).optional() });

/**
 * ZeroGPU credentials per Space, shared by every Space provider.
 *
 * A fetch scrapes the Space page (GET `{huggingFace}/spaces/{space}`) for the
 * token and session uuid and, when a Hugging Face token or cookies are
 * configured, asks the jwt endpoint for a signed-in token, both at once.
 * Unlike g4f, which fetches on every request, the result is cached per Space
 * until shortly before it expires (the JWT `exp`, else `tokenTtlMs`), and
 * concurrent callers share one fetch. When no token can be had the
 * `"[object Object]"` placeholder is returned (never cached) and a warning is
 * logged once per Space. Token values never reach logs or error messages.
 */
export class ZeroGpuTokenService {
  private readonly http: HttpClient;
  private readonly settings: ZeroGpuTokenSettings;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly cache = new Map<string, CachedCredentials>();
  private readonly fetches = new SingleFlight<ZeroGpuCredentials>();
  private readonly warnedAnonymous = new Set<string>();
  /** Tokens a Space refused, so a conversation holding one fetches anew (bounded, oldest dropped). */
  private readonly rejected = new Set<string>();

  constructor(options: ZeroGpuTokenServiceOptions) {
    this.http = options.http;
    this.settings = options.settings;
    this.logger = options.logger ?? createSilentLogger();
    this.clock = options.clock ?? systemClock;
  }

  /** Credentials for a Space: cached while fresh, else fetched once for every caller waiting. */
  get(space: string, request: ZeroGpuTokenRequest = {}): Promise<ZeroGpuCredentials> {
    const key = space.toLowerCase();
    const cached = this.cache.get(key);
    if (cached && this.clock.now() < cached.renewAt) return Promise.resolve(cached.credentials);
    const shared = this.fetches.run(key, () => this.fetchAndCache(space, key, request));
    return waitUnlessAborted(shared, request.signal);
  }

  /**
   * Forgets a Space's credentials, e.g. after the Space refused them. Given
   * the refused token, only that token is dropped (a newer one fetched
   * meanwhile stays) and it is never reported fresh again.
   */
  invalidate(space: string, token?: string): void {
    const key = space.toLowerCase();
    if (token === undefined || this.cache.get(key)?.credentials.token === token) this.cache.delete(key);
    if (token === undefined) return;
    this.rejected.add(token);
    if (this.rejected.size > MAX_REJECTED) this.rejected.delete(this.rejected.values().next().value as string);
  }

  /** Whether credentials (e.g. kept in a conversation) are still usable: not refused, not about to expire. */
  isFresh(credentials: ZeroGpuCredentials): boolean {
    if (this.rejected.has(credentials.token)) return false;
    return credentials.expiresAt === undefined || this.clock.now() < credentials.expiresAt - this.margin(credentials);
  }

  private async fetchAndCache(space: string, key: string, request: ZeroGpuTokenRequest): Promise<ZeroGpuCredentials> {
    const credentials = await this.fetchCredentials(space, request);
    if (!credentials.anonymous && credentials.expiresAt !== undefined) {
      this.cache.set(key, { credentials, renewAt: credentials.expiresAt - this.margin(credentials) });
    }
    return credentials;
  }

  private async fetchCredentials(space: string, request: ZeroGpuTokenRequest): Promise<ZeroGpuCredentials> {
    const issuedAt = this.clock.now();
    const signedIn = this.settings.hfToken !== undefined || this.settings.cookies !== undefined;
    const [page, jwtToken] = await Promise.all([
      this.scrapePage(space, request),
      signedIn ? this.fetchJwt(space, request) : Promise.resolve(undefined),
    ]);
    const token = jwtToken ?? page.token;
    const uuid = page.uuid ?? ANONYMOUS_ZERO_GPU_TOKEN;
    if (token === undefined) {
      this.warnAnonymous(space);
      return { token: ANONYMOUS_ZERO_GPU_TOKEN, uuid, anonymous: true, expiresAt: undefined };
    }
    const expiresAt = decodeJwtExpiry(token) ?? issuedAt + this.settings.tokenTtlMs;
    this.logger.debug(
      { space, source: jwtToken === undefined ? 'page' : 'jwt', expiresAt, hasUuid: page.uuid !== undefined },
      'ZeroGPU token acquired',
    );
    return { token, uuid, anonymous: false, expiresAt };
  }

  private async scrapePage(space: string, request: ZeroGpuTokenRequest): Promise<ScrapedZeroGpuPage> {
    try {
      const html = await this.http.text(joinUrl(this.settings.huggingFaceUrl, 'spaces', space), {
        ...this.requestOptions(request),
        operation: `ZeroGPU token (${space} page)`,
      });
      return scrapeZeroGpuPage(html);
    } catch (error) {
      if (!G4FError.isInstance(error)) throw error;
      this.logger.warn({ space, error: describe(error) }, 'Reading the Space page for a ZeroGPU token failed');
      return { token: undefined, uuid: undefined };
    }
  }

  private async fetchJwt(space: string, request: ZeroGpuTokenRequest): Promise<string | undefined> {
    try {
      const answer = await this.http.json(
        joinUrl(this.settings.huggingFaceUrl, 'api', 'spaces', space, 'jwt'),
        jwtResponseSchema,
        {
          ...this.requestOptions(request),
          query: { expiration: jwtExpiration(this.clock.now()), include_pro_status: 'true' },
          operation: `ZeroGPU token (${space} jwt)`,
        },
      );
      return answer.token;
    } catch (error) {
      if (!G4FError.isInstance(error)) throw error;
      this.logger.warn(
        { space, error: describe(error) },
        'The ZeroGPU jwt endpoint refused the configured Hugging Face credentials; using the page token',
      );
      return undefined;
    }
  }

  private requestOptions(request: ZeroGpuTokenRequest) {
    const { hfToken, cookies } = this.settings;
    return {
      headers: { cookie: cookies, authorization: hfToken === undefined ? undefined : `Bearer ${hfToken}` },
      ...(request.proxy === undefined ? {} : { proxy: request.proxy }),
      ...(request.requestTimeoutMs === undefined ? {} : { timeoutMs: request.requestTimeoutMs }),
    };
  }

  /** Renew ahead of expiry by the configured margin, but never later than half-way through a short lifetime. */
  private margin(credentials: ZeroGpuCredentials): number {
    if (credentials.expiresAt === undefined) return 0;
    const lifetime = Math.max(0, credentials.expiresAt - this.clock.now());
    return Math.min(this.settings.tokenExpiryMarginMs, lifetime / 2);
  }

  private warnAnonymous(space: string): void {
    if (this.warnedAnonymous.has(space.toLowerCase())) return;
    this.warnedAnonymous.add(space.toLowerCase());
    this.logger.warn(
      { space },
      `No ZeroGPU token for ${space}; calling it anonymously ("${ANONYMOUS_ZERO_GPU_TOKEN}"). ` +
        `Set config.providers.HuggingFace.hfToken (or env HF_TOKEN) for a signed-in token.`,
    );
  }
}

/** Name and message only: an error's own fields may carry a response body. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
}
