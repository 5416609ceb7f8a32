import { Agent, ProxyAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { G4FError } from '../errors/g4f-error.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { DispatcherPool } from './dispatcher-pool.js';

describe('DispatcherPool', () => {
  it('shares one Agent for direct requests', async () => {
    const pool = new DispatcherPool({ connections: 4 });
    const first = pool.dispatcherFor();
    expect(first).toBeInstanceOf(Agent);
    expect(pool.dispatcherFor()).toBe(first);
    expect(pool.dispatcherFor('')).toBe(first);
    await pool.close();
  });

  it('keeps a separate Agent (and ProxyAgent) for event streams', async () => {
    const pool = new DispatcherPool({ connections: 4 });
    const requests = pool.dispatcherFor();
    const streams = pool.dispatcherFor(undefined, 'stream');
    expect(streams).toBeInstanceOf(Agent);
    expect(streams).not.toBe(requests);
    expect(pool.dispatcherFor('', 'stream')).toBe(streams);
    expect(pool.dispatcherFor(undefined, 'request')).toBe(requests);
    const proxied = pool.dispatcherFor('http://127.0.0.1:3128', 'stream');
    expect(proxied).toBeInstanceOf(ProxyAgent);
    expect(proxied).not.toBe(pool.dispatcherFor('http://127.0.0.1:3128'));
    expect(pool.dispatcherFor('http://127.0.0.1:3128/', 'stream')).toBe(proxied);
    await pool.close();
  });

  it('caches one ProxyAgent per proxy URL', async () => {
    const pool = new DispatcherPool({ connections: 4 });
    const proxy = pool.dispatcherFor('http://127.0.0.1:3128');
    expect(proxy).toBeInstanceOf(ProxyAgent);
    expect(pool.dispatcherFor('http://127.0.0.1:3128/')).toBe(proxy);
    expect(pool.dispatcherFor('http://127.0.0.1:3129')).not.toBe(proxy);
    await pool.close();
  });

  it('rejects a proxy URL it cannot use without echoing it (it may carry a password)', async () => {
    const pool = new DispatcherPool({ connections: 4 });
    for (const proxy of ['socks6://user:SECRET@host:1080', 'user:SECRET@host']) {
      let caught: unknown;
      try {
        pool.dispatcherFor(proxy);
      } catch (error) {
        caught = error;
      }
      expect(InvalidOptionsError.isInstance(caught)).toBe(true);
      expect((caught as Error).message).not.toContain('SECRET');
    }
    await pool.close();
  });

  it('refuses to hand out dispatchers after close()', async () => {
    const pool = new DispatcherPool({ connections: 4 });
    pool.dispatcherFor();
    pool.dispatcherFor('http://127.0.0.1:3128');
    pool.dispatcherFor(undefined, 'stream');
    await pool.close();
    expect(() => pool.dispatcherFor()).toThrow(G4FError);
    expect(() => pool.dispatcherFor()).toThrow(/closed/);
  });
});
