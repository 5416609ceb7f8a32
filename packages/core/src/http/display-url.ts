import { stripQuery } from '../errors/map-response-to-error.js';

/**
 * The URL as it may appear in messages and logs: no query string (API keys
 * live there, e.g. `?key=`), no fragment, no `user:password@`.
 */
export function displayUrl(url: string | URL): string {
  try {
    // A URL object is read as it is: parsing again costs more than the rest.
    const parsed = url instanceof URL ? url : new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return stripQuery(String(url)).replace(/\/\/[^/@]*@/, '//');
  }
}
