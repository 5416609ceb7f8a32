export { createDeadline, type Deadline } from './create-deadline.js';
export { isAbortError, throwIfAborted, toAbortError } from './throw-if-aborted.js';
export { waitUnlessAborted } from './wait-unless-aborted.js';
