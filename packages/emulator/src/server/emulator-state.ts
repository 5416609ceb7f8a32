import { setMaxListeners } from 'node:events';
import { CompletionLog } from '../admin/completion-log.js';
import { ArtaJobStore } from '../arta/arta-job-store.js';
import type { EmulatorConfig } from '../config/emulator-config.js';
import { FaultRegistry } from '../faults/fault-registry.js';
import { UploadStore } from '../files/upload-store.js';
import { FirebaseTokenStore } from '../firebase/firebase-token-store.js';
import { GradioSessionStore } from '../gradio/gradio-session-store.js';
import { ZeroGpuTokenStore } from '../huggingface/zero-gpu-token-store.js';
import { PngCache, type PngCacheOptions } from '../png/png-cache.js';
import type { EmulatorLogger } from '../util/logger.js';
import { buildEmulatorUrls, type EmulatorUrls } from './emulator-urls.js';
import { RouteCounters } from './route-counters.js';

export interface EmulatorStateOptions {
  config: EmulatorConfig;
  clock: () => number;
  logger: EmulatorLogger;
  pngCache?: PngCacheOptions;
}

/** Everything the route handlers share: config, clock, stores, faults and counters. */
export class EmulatorState {
  config: EmulatorConfig;
  readonly now: () => number;
  readonly logger: EmulatorLogger;
  readonly faults = new FaultRegistry();
  readonly counters = new RouteCounters();
  /** When each job finished (for time-to-result measurements). */
  readonly completions = new CompletionLog();
  readonly firebase: FirebaseTokenStore;
  readonly arta: ArtaJobStore;
  readonly zeroGpu: ZeroGpuTokenStore;
  readonly gradio = new GradioSessionStore();
  readonly uploads = new UploadStore();
  readonly pngs: PngCache;
  private readonly shutdownController = new AbortController();
  private currentUrls: EmulatorUrls = buildEmulatorUrls('http://127.0.0.1');

  constructor(options: EmulatorStateOptions) {
    this.config = options.config;
    this.now = options.clock;
    this.logger = options.logger;
    this.firebase = new FirebaseTokenStore(this.now);
    this.arta = new ArtaJobStore(this.now);
    this.zeroGpu = new ZeroGpuTokenStore(this.now);
    this.pngs = new PngCache(options.pngCache);
    // Every open request, stream and running job listens here: hundreds at once is normal, not a leak.
    setMaxListeners(0, this.shutdownController.signal);
  }

  /** Aborts when the emulator closes: every sleep, stream and hung request ends. */
  get shutdown(): AbortSignal {
    return this.shutdownController.signal;
  }

  get urls(): EmulatorUrls {
    return this.currentUrls;
  }

  setBaseUrl(baseUrl: string): void {
    this.currentUrls = buildEmulatorUrls(baseUrl);
  }

  close(): void {
    this.shutdownController.abort(new Error('Emulator closed'));
  }
}
