import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_PREFIX } from './admin/admin-routes.js';
import type { JobCompletion } from './admin/completion-log.js';
import { DEFAULT_EMULATOR_CONFIG, type EmulatorConfig, resolveConfig } from './config/emulator-config.js';
import type { FaultRegistry } from './faults/fault-registry.js';
import type { PngCacheOptions } from './png/png-cache.js';
import { EmulatorState } from './server/emulator-state.js';
import type { EmulatorUrls } from './server/emulator-urls.js';
import { handleRequest } from './server/handle-request.js';
import type { RouteCounts } from './server/route-counters.js';
import { type EmulatorLogger, silentLogger } from './util/logger.js';

export interface StartEmulatorOptions extends Partial<EmulatorConfig> {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Base URL clients reach the emulator at, when not `http://<host>:<port>` (e.g. behind a proxy). */
  publicUrl?: string;
  /** pino-compatible logger; silent by default. */
  logger?: EmulatorLogger;
  /** Clock for token expiry and ARTA job status (ms since epoch); `Date.now` by default. */
  clock?: () => number;
  /** Bounds of the encoded-PNG cache. */
  pngCache?: PngCacheOptions;
}

/** Faults by route: `set` (replace), `add` (append), `clear`, `list`. */
export type FaultController = Pick<FaultRegistry, 'set' | 'add' | 'clear' | 'list'>;

export interface Emulator {
  readonly port: number;
  /** `http://127.0.0.1:<port>` (or `publicUrl`). */
  readonly baseUrl: string;
  /** The base URL to use instead of each upstream host. */
  readonly urls: EmulatorUrls;
  /** `${baseUrl}/__emulator`: the admin API (counters, configure, completions, reset) for another process. */
  readonly adminUrl: string;
  readonly faults: FaultController;
  /** Requests per route so far (a snapshot). */
  readonly counters: RouteCounts;
  /** When each job finished so far, oldest first (a copy; bounded to the latest 100 000). */
  readonly completions: readonly JobCompletion[];
  /** The current configuration (a copy). */
  readonly config: Readonly<EmulatorConfig>;
  /** Changes configuration at runtime; calls already in flight keep their timing. */
  configure(patch: Partial<EmulatorConfig>): void;
  resetCounters(): void;
  /** Forgets the recorded completions. */
  resetCompletions(): void;
  /** Expires every Firebase id token and ZeroGPU token issued so far (refresh tokens stay valid). */
  expireTokens(): void;
  /** Stops listening and ends every connection, including hung requests and open streams. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Starts the emulator on 127.0.0.1 (a random port unless `port` is given). */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const {
    port = 0,
    host = '127.0.0.1',
    publicUrl,
    logger = silentLogger,
    clock = Date.now,
    pngCache,
    ...patch
  } = options;
  const state = new EmulatorState({ config: resolveConfig(DEFAULT_EMULATOR_CONFIG, patch), clock, logger, pngCache });
  const server = createServer((req, res) => {
    void handleRequest(req, res, state);
  });
  const address = await listen(server, port, host);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const baseUrl = (publicUrl ?? `http://${urlHost}:${address.port}`).replace(/\/+$/, '');
  state.setBaseUrl(baseUrl);
  logger.info({ baseUrl }, 'g4f-kit emulator listening');

  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    baseUrl,
    urls: state.urls,
    adminUrl: `${baseUrl}${ADMIN_PREFIX}`,
    faults: state.faults,
    get counters() {
      return state.counters.snapshot();
    },
    get completions() {
      return state.completions.list();
    },
    get config() {
      return { ...state.config };
    },
    configure(change) {
      state.config = resolveConfig(state.config, change);
    },
    resetCounters() {
      state.counters.reset();
    },
    resetCompletions() {
      state.completions.clear();
    },
    expireTokens() {
      state.firebase.expireAll();
      state.zeroGpu.expireAll();
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        state.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
