import {
  type AuthStore,
  type Clock,
  createContainer,
  createSilentLogger,
  disposeContainer,
  type GenerateOptions,
  getRegistry,
  HttpClient,
  type Logger,
  MemoryAuthStore,
  type Message,
  type ResponseChunk,
} from '@g4f-kit/core';
import type { RouteTable } from '@g4f-kit/core/testing';
import type { DependencyContainer } from 'tsyringe';
import { afterEach, vi } from 'vitest';
import type { ARTA } from '../arta.js';
import { artaPlugin } from '../arta-plugin.js';
import type { ArtaSettingsInput } from '../arta-settings.js';
import { statusPayload, submitPayload } from './arta-payloads.js';
import { refreshPayload, signUpPayload } from './firebase-payloads.js';

/** The upstreams behind a path prefix, as the local emulator serves them. */
export const EMULATOR = 'https://emulator.test';
export const SIGN_UP_BASE = `${EMULATOR}/www.googleapis.com`;
export const REFRESH_BASE = `${EMULATOR}/securetoken.googleapis.com/`;
export const API_BASE = `${EMULATOR}/img-gen-prod.ai-arta.com`;
export const TEST_WEB_KEY = 'AIza-test-web-key-do-not-log';

export const SIGN_UP = `POST ${SIGN_UP_BASE}/identitytoolkit/v3/relyingparty/signupNewUser`;
export const REFRESH = `POST ${EMULATOR}/securetoken.googleapis.com/v1/token`;
export const SUBMIT = `POST ${API_BASE}/api/v1/text2image`;
export const STATUS = `GET ${API_BASE}/api/v1/text2image/:recordId/status`;

/** A fast, constant poll interval so tests do not wait on the production schedule. */
export const FAST_POLL = { initialMs: 5, steadyMs: 5, maxMs: 5, factor: 1, lagFraction: 0 };

export const TEST_SETTINGS: ArtaSettingsInput = {
  signUpBaseUrl: SIGN_UP_BASE,
  refreshBaseUrl: REFRESH_BASE,
  apiBaseUrl: API_BASE,
  firebaseApiKey: TEST_WEB_KEY,
  poll: FAST_POLL,
};

/** The happy path: numbered sign-ups and refreshes, a job that queues, runs and finishes. */
export function artaRoutes(): RouteTable {
  return {
    [SIGN_UP]: ({ callNumber }) => ({ type: 'json', body: signUpPayload(callNumber + 1) }),
    [REFRESH]: ({ callNumber }) => ({ type: 'json', body: refreshPayload(callNumber + 1) }),
    [SUBMIT]: { type: 'json', body: submitPayload },
    [STATUS]: [
      { type: 'json', body: statusPayload('IN_QUEUE') },
      { type: 'json', body: statusPayload('IN_PROGRESS') },
      { type: 'json', body: statusPayload('DONE') },
    ],
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2025, 5, 1)) {
  let now = start;
  return {
    now: () => now,
    advance(milliseconds: number) {
      now += milliseconds;
    },
  } satisfies Clock & { advance(milliseconds: number): void };
}

export interface ArtaSetup {
  clock?: Clock;
  authStore?: AuthStore;
  logger?: Logger;
  httpClient?: HttpClient;
  settings?: ArtaSettingsInput;
}

const containers: DependencyContainer[] = [];
afterEach(async () => {
  await Promise.all(containers.splice(0).map((container) => disposeContainer(container)));
});

/** ARTA as the container builds it from config, with test doubles for the core services. */
export function buildArta(setup: ArtaSetup = {}): { provider: ARTA; container: DependencyContainer } {
  const container = createContainer({
    plugins: [artaPlugin],
    config: { providers: { ARTA: { ...TEST_SETTINGS, ...setup.settings } } },
    authStore: setup.authStore ?? new MemoryAuthStore(),
    logger: setup.logger ?? createSilentLogger(),
    ...(setup.clock === undefined ? {} : { clock: setup.clock }),
    ...(setup.httpClient === undefined ? {} : { httpClient: setup.httpClient }),
  });
  containers.push(container);
  return { provider: getRegistry(container).get('ARTA') as ARTA, container };
}

export const A_PROMPT = 'a lighthouse in a storm, oil painting';

/**
 * An HttpClient whose calls are recorded as the provider made them. Used to
 * check the headers of urlencoded POSTs: core's test server loses every
 * request header but content-type on those (see the report on
 * create-test-server's recordCall), so the wire itself is checked by the
 * loopback test.
 */
export function recordingHttpClient() {
  const http = new HttpClient();
  const json = vi.spyOn(http, 'json');
  return {
    http,
    /** The `authorization` header of each call for `operation`, in order. */
    authorizationOf(operation: string): Array<string | undefined> {
      return json.mock.calls
        .filter(([, , options]) => options?.operation === operation)
        .map(([, , options]) => options?.headers?.authorization);
    },
    calls: json.mock.calls,
  };
}

/** Runs one generation to the end and returns every chunk. */
export async function generate(
  provider: ARTA,
  options: GenerateOptions = {},
  model = 'flux',
  messages: readonly Message[] = [],
): Promise<ResponseChunk[]> {
  const chunks: ResponseChunk[] = [];
  for await (const chunk of provider.createAsyncGenerator(model, messages, { prompt: A_PROMPT, ...options })) {
    chunks.push(chunk);
  }
  return chunks;
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
