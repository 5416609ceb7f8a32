import { Agent, type Dispatcher, ProxyAgent } from 'undici';
import { G4FError } from '../errors/g4f-error.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';

export interface DispatcherPoolOptions {
  /** Sockets per origin. */
  connections: number;
  keepAliveTimeoutMs?: number | undefined;
}

/**
 * Owns the sockets: one keep-alive Agent for direct requests and one
 * ProxyAgent per proxy URL, each created on first use. Caching the
 * ProxyAgent keeps its tunnels alive between calls instead of opening a new
 * CONNECT for every request.
 */
export class DispatcherPool {
  readonly #options: DispatcherPoolOptions;
  #agent: Agent | undefined;
  readonly #proxyAgents = new Map<string, ProxyAgent>();
  #closed = false;

  constructor(options: DispatcherPoolOptions) {
    this.#options = options;
  }

  /** An empty proxy string means none, so an unset environment variable can be passed straight in. */
  dispatcherFor(proxy?: string): Dispatcher {
    if (this.#closed) throw new G4FError('This HttpClient is closed; create a new one');
    if (proxy === undefined || proxy === '') {
      this.#agent ??= new Agent(this.#agentOptions());
      return this.#agent;
    }
    const key = normalizeProxyUrl(proxy);
    let proxyAgent = this.#proxyAgents.get(key);
    if (proxyAgent === undefined) {
      proxyAgent = new ProxyAgent({ uri: key, ...this.#agentOptions() });
      this.#proxyAgents.set(key, proxyAgent);
    }
    return proxyAgent;
  }

  /** Waits for requests in flight, then closes every socket. Later calls to {@link dispatcherFor} throw. */
  async close(): Promise<void> {
    this.#closed = true;
    const dispatchers: Dispatcher[] = [...this.#proxyAgents.values()];
    if (this.#agent !== undefined) dispatchers.push(this.#agent);
    this.#agent = undefined;
    this.#proxyAgents.clear();
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.close()));
  }

  #agentOptions(): Agent.Options {
    const { connections, keepAliveTimeoutMs } = this.#options;
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
