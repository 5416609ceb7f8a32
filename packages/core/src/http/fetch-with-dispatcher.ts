import type { Dispatcher } from 'undici';

/**
 * Node's fetch takes an undici `dispatcher` and, for a streamed body,
 * `duplex: 'half'`; the DOM RequestInit type knows neither, and @types/node's
 * undici-types Dispatcher differs from undici 7's, hence the one cast here.
 */
export type NodeRequestInit = RequestInit & { duplex?: 'half' };

/** What `RequestInit.body` accepts (the DOM's BodyInit, which Node's types do not declare globally). */
export type RequestBody = NonNullable<RequestInit['body']>;

/**
 * Looks `fetchFunction` up per call (not at import) so msw, which replaces
 * `globalThis.fetch` in `server.listen()`, sees every request.
 */
export function fetchWithDispatcher(
  fetchFunction: typeof globalThis.fetch,
  url: string,
  init: NodeRequestInit,
  dispatcher: Dispatcher,
): Promise<Response> {
  // The two Dispatcher declarations are structurally incompatible, so TS needs the detour through unknown.
  return fetchFunction(url, { ...init, dispatcher } as unknown as RequestInit);
}
