import { describe, expect, it, vi } from 'vitest';
import { SingleFlight } from './single-flight.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('runs the work once for 100 concurrent callers and gives each the same result', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    const work = vi.fn(() => gate.promise);
    const results = Array.from({ length: 100 }, () => flights.run('ARTA', work));
    expect(flights.isInFlight('ARTA')).toBe(true);
    gate.resolve('token');
    expect(await Promise.all(results)).toEqual(Array(100).fill('token'));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('shares a failure with everyone waiting, then starts afresh on the next call', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    const failing = vi.fn(() => gate.promise);
    const waiting = Array.from({ length: 10 }, () => flights.run('ARTA', failing));
    gate.reject(new Error('sign-up failed'));
    const outcomes = await Promise.allSettled(waiting);
    expect(
      outcomes.every((outcome) => outcome.status === 'rejected' && String(outcome.reason).includes('sign-up failed')),
    ).toBe(true);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(flights.isInFlight('ARTA')).toBe(false);

    const succeeding = vi.fn(async () => 'second try');
    await expect(flights.run('ARTA', succeeding)).resolves.toBe('second try');
    expect(succeeding).toHaveBeenCalledTimes(1);
  });

  it('starts again after a success instead of caching the result', async () => {
    const flights = new SingleFlight<number>();
    let calls = 0;
    const work = async () => ++calls;
    expect(await flights.run('key', work)).toBe(1);
    expect(flights.isInFlight('key')).toBe(false);
    expect(await flights.run('key', work)).toBe(2);
  });

  it('keeps different keys apart', async () => {
    const flights = new SingleFlight<string>();
    const first = deferred<string>();
    const second = deferred<string>();
    const a = flights.run('A', () => first.promise);
    const b = flights.run('B', () => second.promise);
    second.resolve('b');
    first.resolve('a');
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
  });

  it('turns a synchronous throw into a shared rejection and frees the key', async () => {
    const flights = new SingleFlight<string>();
    const work = vi.fn((): Promise<string> => {
      throw new Error('bad input');
    });
    const results = [flights.run('key', work), flights.run('key', work)];
    for (const result of results) await expect(result).rejects.toThrow('bad input');
    expect(work).toHaveBeenCalledTimes(1);
    expect(flights.isInFlight('key')).toBe(false);
  });
});
