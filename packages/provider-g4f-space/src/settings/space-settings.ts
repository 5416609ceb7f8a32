/** The settings of the Space providers, after defaults, the environment and validation. */
export interface SpaceSettings {
  /** Base of Space pages and the jwt endpoint, without a trailing slash. */
  readonly huggingFaceUrl: string;
  /** The base URL of a Space by id, without a trailing slash. */
  spaceUrl(space: string): string;
  readonly hfToken: string | undefined;
  /** A `Cookie` header value. */
  readonly cookies: string | undefined;
  readonly tokenTtlMs: number;
  readonly tokenExpiryMarginMs: number;
  readonly idleTimeoutMs: number;
  readonly progressIntervalMs: number;
}
