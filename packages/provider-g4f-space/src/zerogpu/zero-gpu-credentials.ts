/**
 * What g4f sends when it has no ZeroGPU token or session uuid: the browser's
 * `String({})`, which Hugging Face treats as an anonymous caller.
 */
export const ANONYMOUS_ZERO_GPU_TOKEN = '[object Object]';

/** The `x-zerogpu-token` / `x-zerogpu-uuid` pair for calls to one Space. */
export interface ZeroGpuCredentials {
  readonly token: string;
  readonly uuid: string;
  /** True when no token could be had and the placeholder stands in. */
  readonly anonymous: boolean;
  /** Epoch ms after which the token is no longer accepted, when known. */
  readonly expiresAt: number | undefined;
}

/** Credentials for a token the caller supplied (`options.apiKey`); no uuid is known for it. */
export function credentialsFromApiKey(apiKey: string): ZeroGpuCredentials {
  return { token: apiKey, uuid: ANONYMOUS_ZERO_GPU_TOKEN, anonymous: false, expiresAt: undefined };
}

/** The request headers that carry the credentials. */
export function zeroGpuHeaders(credentials: ZeroGpuCredentials): Record<string, string> {
  return { 'x-zerogpu-token': credentials.token, 'x-zerogpu-uuid': credentials.uuid };
}
