import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AbortError } from '../errors/abort-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { captureLogs } from '../testing/capture-logs.js';
import type { AuthStore } from './auth-store.js';
import { FileAuthStore } from './file-auth-store.js';
import { MemoryAuthStore } from './memory-auth-store.js';
import { TokenManager, type TokenManagerOptions } from './token-manager.js';

const tokenSchema = z.object({
  idToken: z.string(),
  refreshToken: z.string(),
  issuedAt: z.number(),
  expiresAt: z.number(),
});
type Token = z.infer<typeof tokenSchema>;

const LIFETIME_MS = 3_600_000;
const START = 1_700_000_000_000;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

/** A stand-in for Firebase: numbered tokens, call counts, a clock we move by hand. */
function fakeUpstream() {
  let now = START;
  let issued = 0;
  const mint = (kind: string): Token => {
    issued += 1;
    return {
      idToken: `secret-${kind}-id-token-${issued}`,
      refreshToken: `secret-${kind}-refresh-token-${issued}`,
      issuedAt: now,
      expiresAt: now + LIFETIME_MS,
    };
  };
  return {
    clock: { now: () => now },
    advance(milliseconds: number) {
      now += milliseconds;
    },
    acquire: vi.fn(async (_signal?: AbortSignal) => mint('acquired')),
    refresh: vi.fn(async (_current: Token, _signal?: AbortSignal) => mint('refreshed')),
  };
}

type Upstream = ReturnType<typeof fakeUpstream>;

function manager(upstream: Upstream, options: Partial<TokenManagerOptions<Token>> = {}): TokenManager<Token> {
  return new TokenManager<Token>({
    key: 'ARTA',
    schema: tokenSchema,
    clock: upstream.clock,
    acquire: upstream.acquire,
    refresh: upstream.refresh,
    ...options,
  });
}

describe('TokenManager', () => {
  let upstream: Upstream;

  beforeEach(() => {
    upstream = fakeUpstream();
  });

  describe('getting a token', () => {
    it('acquires on the first call and reuses the token on the next', async () => {
      const tokens = manager(upstream);
      const first = await tokens.get();
      expect(first.idToken).toBe('secret-acquired-id-token-1');
      upstream.advance(60_000);
      expect(await tokens.get()).toBe(first);
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
      expect(upstream.refresh).not.toHaveBeenCalled();
    });

    it('makes exactly one acquire call for 50 concurrent first callers', async () => {
      const tokens = manager(upstream);
      const results = await Promise.all(Array.from({ length: 50 }, () => tokens.get()));
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
      expect(new Set(results).size).toBe(1);
    });

    it('shares an acquire failure with everyone waiting, then tries again on the next call', async () => {
      upstream.acquire.mockRejectedValueOnce(new Error('sign-up failed'));
      const tokens = manager(upstream);
      const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => tokens.get()));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('rejected'));
      expect(upstream.acquire).toHaveBeenCalledTimes(1);

      await expect(tokens.get()).resolves.toMatchObject({ idToken: 'secret-acquired-id-token-1' });
      expect(upstream.acquire).toHaveBeenCalledTimes(2);
    });
  });

  describe('refreshing', () => {
    it('keeps the token before half its life', async () => {
      const tokens = manager(upstream);
      const first = await tokens.get();
      upstream.advance(LIFETIME_MS * 0.49);
      expect(await tokens.get()).toBe(first);
      expect(upstream.refresh).not.toHaveBeenCalled();
    });

    it('refreshes exactly once for 50 concurrent callers past half its life', async () => {
      const tokens = manager(upstream);
      const first = await tokens.get();
      upstream.advance(LIFETIME_MS * 0.6);

      const results = await Promise.all(Array.from({ length: 50 }, () => tokens.get()));
      expect(upstream.refresh).toHaveBeenCalledTimes(1);
      expect(upstream.refresh.mock.calls[0]?.[0]).toEqual(first);
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
      expect(new Set(results.map((token) => token.idToken))).toEqual(new Set(['secret-refreshed-id-token-2']));
    });

    it('honours a custom refreshAfter fraction', async () => {
      const tokens = manager(upstream, { refreshAfter: 0.8 });
      await tokens.get();
      upstream.advance(LIFETIME_MS * 0.7);
      await tokens.get();
      expect(upstream.refresh).not.toHaveBeenCalled();
      upstream.advance(LIFETIME_MS * 0.15);
      await tokens.get();
      expect(upstream.refresh).toHaveBeenCalledTimes(1);
    });

    it('falls back to acquire when the refresh fails, and logs no token', async () => {
      const logs = captureLogs();
      upstream.refresh.mockRejectedValueOnce(new Error('INVALID_REFRESH_TOKEN'));
      const tokens = manager(upstream, { logger: logs.logger });
      await tokens.get();
      upstream.advance(LIFETIME_MS * 0.6);

      const results = await Promise.all(Array.from({ length: 10 }, () => tokens.get()));
      expect(upstream.refresh).toHaveBeenCalledTimes(1);
      expect(upstream.acquire).toHaveBeenCalledTimes(2);
      expect(results.every((token) => token.idToken === 'secret-acquired-id-token-2')).toBe(true);

      const warning = logs.records().find((record) => record.level === 40);
      expect(warning).toMatchObject({ key: 'ARTA', error: 'Error: INVALID_REFRESH_TOKEN' });
      expect(logs.text).not.toMatch(/secret-/);
    });

    it('without a refresh function, uses the token until it expires', async () => {
      const tokens = manager(upstream, { refresh: undefined });
      const first = await tokens.get();
      upstream.advance(LIFETIME_MS * 0.9);
      expect(await tokens.get()).toBe(first);
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
    });
  });

  describe('expiry', () => {
    it('acquires a new token once the old one has expired', async () => {
      const tokens = manager(upstream, { refresh: undefined });
      await tokens.get();
      upstream.advance(LIFETIME_MS + 1);
      const next = await tokens.get();
      expect(next.idToken).toBe('secret-acquired-id-token-2');
      expect(upstream.acquire).toHaveBeenCalledTimes(2);
    });

    it('counts a token as expired within the margin before expiresAt', async () => {
      const tokens = manager(upstream, { refresh: undefined, expiryMarginMs: 30_000 });
      const first = await tokens.get();
      upstream.advance(LIFETIME_MS - 31_000);
      expect(await tokens.get()).toBe(first);
      upstream.advance(2_000);
      expect((await tokens.get()).idToken).toBe('secret-acquired-id-token-2');
    });

    it('tries a refresh first for an expired token when a refresh function exists', async () => {
      const tokens = manager(upstream);
      await tokens.get();
      upstream.advance(LIFETIME_MS * 2);
      expect((await tokens.get()).idToken).toBe('secret-refreshed-id-token-2');
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
    });
  });

  describe('the store', () => {
    let directory: string;

    beforeEach(async () => {
      directory = await mkdtemp(join(tmpdir(), 'g4f-kit-tokens-'));
    });
    afterEach(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('persists the token, so a new manager on the same folder picks it up without acquiring', async () => {
      const first = await manager(upstream, { store: new FileAuthStore({ directory }) }).get();

      const later = fakeUpstream();
      later.advance(60_000);
      const second = await manager(later, { store: new FileAuthStore({ directory }) }).get();
      expect(second).toEqual(first);
      expect(later.acquire).not.toHaveBeenCalled();
      expect(later.refresh).not.toHaveBeenCalled();
    });

    it('refreshes a stored token that is past half its life, and stores the result', async () => {
      const store = new MemoryAuthStore();
      await manager(upstream, { store }).get();
      upstream.advance(LIFETIME_MS * 0.7);

      const restarted = manager(upstream, { store });
      expect((await restarted.get()).idToken).toBe('secret-refreshed-id-token-2');
      expect(upstream.refresh).toHaveBeenCalledTimes(1);
      expect((await store.read('ARTA', tokenSchema))?.idToken).toBe('secret-refreshed-id-token-2');
    });

    it('picks up a younger token another process stored instead of refreshing its own', async () => {
      const store = new MemoryAuthStore();
      const tokens = manager(upstream, { store });
      await tokens.get();
      upstream.advance(LIFETIME_MS * 0.6);
      const elsewhere = await upstream.acquire();
      await store.write('ARTA', elsewhere);

      expect(await tokens.get()).toEqual(elsewhere);
      expect(upstream.refresh).not.toHaveBeenCalled();
    });

    it('acquires when the stored token fails the schema', async () => {
      const store = new MemoryAuthStore();
      await store.write('ARTA', { idToken: 'x', expiresAt: 'never' });
      await manager(upstream, { store }).get();
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
      expect(await store.read('ARTA', tokenSchema)).toMatchObject({ idToken: 'secret-acquired-id-token-1' });
    });

    it('still hands out the token when the store fails, warning without the token', async () => {
      const logs = captureLogs();
      const broken: AuthStore = {
        read: async () => {
          throw new Error('EACCES');
        },
        write: async () => {
          throw new Error('ENOSPC');
        },
        delete: async () => {
          throw new Error('EROFS');
        },
      };
      const tokens = manager(upstream, { store: broken, logger: logs.logger });
      const token = await tokens.get();
      expect(token.idToken).toBe('secret-acquired-id-token-1');
      expect(await tokens.get()).toBe(token);
      await tokens.invalidate();

      const warnings = logs.records().filter((record) => record.level === 40);
      expect(warnings.map((warning) => warning.error)).toEqual(['Error: EACCES', 'Error: ENOSPC', 'Error: EROFS']);
      expect(logs.text).not.toMatch(/secret-/);
    });
  });

  describe('invalidate', () => {
    it('drops the cached token, in memory and in the store, so the next get acquires', async () => {
      const store = new MemoryAuthStore();
      const tokens = manager(upstream, { store });
      const first = await tokens.get();
      await tokens.invalidate(first);
      expect(await store.read('ARTA', tokenSchema)).toBeUndefined();
      expect((await tokens.get()).idToken).toBe('secret-acquired-id-token-2');
      expect(upstream.acquire).toHaveBeenCalledTimes(2);
    });

    it('drops whatever is cached when called without a token', async () => {
      const store = new MemoryAuthStore();
      const tokens = manager(upstream, { store });
      await tokens.get();
      await tokens.invalidate();
      expect(await store.read('ARTA', tokenSchema)).toBeUndefined();
      await tokens.get();
      expect(upstream.acquire).toHaveBeenCalledTimes(2);
    });

    it('keeps a token someone already refreshed when a stale request reports the old one', async () => {
      const store = new MemoryAuthStore();
      const tokens = manager(upstream, { store });
      const stale = await tokens.get();
      upstream.advance(LIFETIME_MS * 0.6);
      const fresh = await tokens.get();
      expect(fresh).not.toEqual(stale);

      await tokens.invalidate(stale);
      expect(await tokens.get()).toBe(fresh);
      expect(await store.read('ARTA', tokenSchema)).toEqual(fresh);
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
      expect(upstream.refresh).toHaveBeenCalledTimes(1);
    });

    it('recognises the rejected token in the store after a restart (same token, read back from disk)', async () => {
      const directory = await mkdtemp(join(tmpdir(), 'g4f-kit-tokens-'));
      try {
        const first = await manager(upstream, { store: new FileAuthStore({ directory }) }).get();
        const restarted = manager(upstream, { store: new FileAuthStore({ directory }) });
        await restarted.invalidate(structuredClone(first));
        expect(await new FileAuthStore({ directory }).read('ARTA', tokenSchema)).toBeUndefined();
        expect((await restarted.get()).idToken).toBe('secret-acquired-id-token-2');
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    });

    it('leaves a different token in the store alone', async () => {
      const store = new MemoryAuthStore();
      const stored = await upstream.acquire();
      await store.write('ARTA', stored);
      const rejected = await upstream.acquire();
      await manager(upstream, { store }).invalidate(rejected);
      expect(await store.read('ARTA', tokenSchema)).toEqual(stored);
    });
  });

  describe('aborting', () => {
    it('rejects only the aborted caller; the others still get the single shared token', async () => {
      const gate = deferred<Token>();
      upstream.acquire.mockImplementationOnce(() => gate.promise);
      const tokens = manager(upstream);
      const controller = new AbortController();

      const aborted = tokens.get(controller.signal);
      const others = [tokens.get(), tokens.get(new AbortController().signal)];
      controller.abort();
      await expect(aborted).rejects.toSatisfy((error) => AbortError.isInstance(error));

      gate.resolve({
        idToken: 'secret-late',
        refreshToken: 'secret-late-refresh',
        issuedAt: START,
        expiresAt: START + LIFETIME_MS,
      });
      const results = await Promise.all(others);
      expect(results.map((token) => token.idToken)).toEqual(['secret-late', 'secret-late']);
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
    });

    it('does not cancel the acquisition when its only caller gives up: the token is cached for the next call', async () => {
      const gate = deferred<Token>();
      upstream.acquire.mockImplementationOnce(() => gate.promise);
      const tokens = manager(upstream);
      const controller = new AbortController();
      const abandoned = tokens.get(controller.signal);
      controller.abort();
      await expect(abandoned).rejects.toSatisfy((error) => AbortError.isInstance(error));

      gate.resolve({
        idToken: 'secret-late',
        refreshToken: 'secret-late-refresh',
        issuedAt: START,
        expiresAt: START + LIFETIME_MS,
      });
      expect((await tokens.get()).idToken).toBe('secret-late');
      expect(upstream.acquire).toHaveBeenCalledTimes(1);
    });

    it('does not start anything for a caller that had already aborted', async () => {
      const tokens = manager(upstream);
      await expect(tokens.get(AbortSignal.abort())).rejects.toSatisfy((error) => AbortError.isInstance(error));
      expect(upstream.acquire).not.toHaveBeenCalled();
    });

    it("passes on a deadline's TimeoutError rather than calling it an abort", async () => {
      const gate = deferred<Token>();
      upstream.acquire.mockImplementationOnce(() => gate.promise);
      const tokens = manager(upstream);
      const controller = new AbortController();
      const waiting = tokens.get(controller.signal);
      controller.abort(new TimeoutError('Generation did not finish within 1s', { timeoutMs: 1000, phase: 'deadline' }));
      await expect(waiting).rejects.toSatisfy((error) => TimeoutError.isInstance(error));
      gate.resolve(await upstream.acquire());
    });

    it('calls acquire without any caller signal, since the acquisition is shared', async () => {
      const tokens = manager(upstream);
      await tokens.get(new AbortController().signal);
      expect(upstream.acquire).toHaveBeenCalledWith();
    });
  });

  it('never writes a token value into its logs, even at trace level', async () => {
    const logs = captureLogs();
    const tokens = manager(upstream, { logger: logs.logger, store: new MemoryAuthStore() });
    const first = await tokens.get();
    upstream.advance(LIFETIME_MS * 0.6);
    await tokens.get();
    await tokens.invalidate(first);
    await tokens.invalidate();
    await tokens.get();
    expect(logs.records().length).toBeGreaterThan(0);
    expect(logs.text).not.toMatch(/secret-/);
  });

  it('rejects nonsensical timing options up front', () => {
    expect(() => manager(upstream, { refreshAfter: 0 })).toThrow(RangeError);
    expect(() => manager(upstream, { refreshAfter: 1.5 })).toThrow(RangeError);
    expect(() => manager(upstream, { expiryMarginMs: -1 })).toThrow(RangeError);
  });
});
