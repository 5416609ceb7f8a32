import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTestServer, type RouteTable, type TestServer } from './create-test-server.js';

/** A test server started before the file's tests, reset after each one, closed at the end. */
export function useTestServer(routes: RouteTable): TestServer {
  const server = createTestServer(routes);
  beforeAll(() => server.listen());
  afterEach(() => server.reset());
  afterAll(() => server.close());
  return server;
}
