/** vitest wiring for the msw test server: `@g4f-kit/core/testing/vitest`. */
export { useTestServer } from './use-test-server.js';
