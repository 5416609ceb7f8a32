export { createDeadline, type Deadline } from './create-deadline.js';
export { createLinkedController, type LinkedController } from './create-linked-controller.js';
export { isAbortError, throwIfAborted, toAbortError } from './throw-if-aborted.js';
export { waitUnlessAborted } from './wait-unless-aborted.js';
