export { delay } from './delay.js';
export { HttpClient, type HttpClientOptions, type SseRequestOptions } from './http-client.js';
export { joinUrl } from './join-url.js';
export { type ReadBodyOptions, readBodyChunks } from './read-body-chunks.js';
export { readLines } from './read-lines.js';
export { type ReadSseEventsOptions, readSseEvents } from './read-sse-events.js';
export type { RequestOptions } from './request-options.js';
export { type RetryInfo, type RetryOptions, retryWithBackoff } from './retry-with-backoff.js';
export type { SseEvent } from './sse-event.js';
