import { ConnectionError } from '../errors/connection-error.js';
import { G4FError } from '../errors/g4f-error.js';

/** What fetch implementations reject with when the network, not the request, failed. */
const TRANSPORT_MESSAGES = new Set(['fetch failed', 'terminated', 'Failed to fetch']);

/** Codes of errors that a bad argument caused; retrying would not help. */
const ARGUMENT_CODES = /^(ERR_INVALID|UND_ERR_INVALID_ARG|UND_ERR_NOT_SUPPORTED)/;

const SYSTEM_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;

export interface ConnectionErrorContext {
  /** Already stripped of its query string. */
  url: string;
  operation?: string | undefined;
  /** The headers had arrived and the body broke off. */
  whileReadingBody?: boolean;
}

/**
 * Whether a fetch rejection means the transport failed. Anything else (a bad
 * URL, an unsupported body) is a bug in the request and surfaces unchanged.
 */
export function isTransportFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = errorCode(error);
  if (code !== undefined && ARGUMENT_CODES.test(code)) return false;
  if (error.name === 'TypeError' && TRANSPORT_MESSAGES.has(error.message)) return true;
  return code !== undefined && SYSTEM_CODE.test(code);
}

export function toConnectionError(error: unknown, context: ConnectionErrorContext): G4FError {
  if (G4FError.isInstance(error)) return error;
  const code = errorCode(error);
  const prefix = context.operation ? `${context.operation}: ` : '';
  const what = context.whileReadingBody
    ? `Connection to ${context.url} broke while reading the response`
    : `Connection to ${context.url} failed`;
  const detail = innermostMessage(error);
  const message = `${prefix}${what}${code ? ` (${code})` : ''}${detail ? `: ${detail}` : ''}`;
  return new ConnectionError(message, { cause: error, url: context.url, ...(code === undefined ? {} : { code }) });
}

/** `code` of the error or of the first cause that has one (undici nests the system error). */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * The most specific message ("connect ECONNREFUSED 127.0.0.1:8080", "other
 * side closed") instead of fetch's generic "fetch failed", with any query
 * string cut out in case a URL was quoted.
 */
function innermostMessage(error: unknown): string {
  let message = '';
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current.message && !TRANSPORT_MESSAGES.has(current.message)) message = current.message;
    current = current.cause;
  }
  return message.replace(/(\w+:\/\/[^\s?#]*)[?#]\S*/g, '$1');
}
