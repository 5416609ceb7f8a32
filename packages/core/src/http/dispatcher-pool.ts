import { Agent, type Dispatcher, ProxyAgent } from 'undici';
import { G4FError } from '../errors/g4f-error.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';

export interface DispatcherPoolOptions {
  /** Sockets per origin for ordinary requests. */
  connections: number;
  /** Sockets per origin for event streams; no limit when undefined. */
  streamConnections?: number | undefined;
  keepAliveTimeoutMs?: number | undefined;
}

/**
 * What a dispatcher is for. A stream holds its socket for as long as the
 * upstream works (minutes on a busy Space), so streams get a pool of their
 * own: behind a full request pool they would wait for a socket with their
 * time limit running, and ordinary requests would queue behind them.
 */
export type DispatcherPurpose = 'request' | 'stream';

/**
 * Owns the sockets: per purpose (requests, streams), one keep-alive Agent for
 * direct calls and one ProxyAgent per proxy URL, each created on first use.
 * Caching the ProxyAgent keeps its tunnels alive between calls instead of
 * opening a new CONNECT for every request.
 */
export class DispatcherPool {
  readonly #options: DispatcherPoolOptions;
  readonly #agents = new Map<DispatcherPurpose, Agent>();
  /** Keyed by purpose and normalised proxy URL. */
  readonly #proxyAgents = new Map<string, ProxyAgent>();
  #closed = false;

  constructor(options: DispatcherPoolOptions) {
    this.#options = options;
  }

  /** An empty proxy string means none, so an unset environment variable can be passed straight in. */
  dispatcherFor(proxy?: string, purpose: DispatcherPurpose = 'request'): Dispatcher {
    if (this.#closed) throw new G4FError('This HttpClient is closed; create a new one');
    if (proxy === undefined || proxy === '') {
      let agent = this.#agents.get(purpose);
      if (agent === undefined) {
        agent = new Agent(this.#agentOptions(purpose));
        this.#agents.set(purpose, agent);
      }
      return agent;
    }
    const uri = normalizeProxyUrl(proxy);
    const key = `${purpose} ${uri}`;
    let proxyAgent = this.#proxyAgents.get(key);
    if (proxyAgent === undefined) {
      proxyAgent = new ProxyAgent({ uri, ...this.#agentOptions(purpose) });
      this.#proxyAgents.set(key, proxyAgent);
    }
    return proxyAgent;
  }

  /** Waits for requests in flight, then closes every socket. Later calls to {@link dispatcherFor} throw. */
  async close(): Promise<void> {
    this.#closed = true;
    const dispatchers: Dispatcher[] = [...this.#proxyAgents.values(), ...this.#agents.values()];
    this.#agents.clear();
    this.#proxyAgents.clear();
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.close()));
  }

  #agentOptions(purpose: DispatcherPurpose): Agent.Options {
    const { keepAliveTimeoutMs } = this.#options;
    // undici: `connections: null` means no limit per origin.
    const connections = purpose === 'stream' ? (this.#options.streamConnections ?? null) : this.#options.connections;
    return keepAliveTimeoutMs === undefined ? { connections } : { connections, keepAliveTimeout: keepAliveTimeoutMs };
  }
}

/** The URL is never echoed in the error: it may carry `user:password@`. */
function normalizeProxyUrl(proxy: string): string {
  let url: URL;
  try {
    url = new URL(proxy);
  } catch {
    throw new InvalidOptionsError([{ field: 'proxy', message: 'must be an absolute http:// or https:// URL' }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidOptionsError([
      { field: 'proxy', message: `unsupported protocol ${url.protocol}; use http:// or https://` },
    ]);
  }
  return url.href;
}
