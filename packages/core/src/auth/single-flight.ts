/**
 * Collapses concurrent calls for the same key into one: while a call is in
 * flight, later callers get the same promise instead of starting the work
 * again (N concurrent first requests make one sign-up, not N). Once the work
 * settles, either way, the key is free and the next call starts afresh, so a
 * failure is shared by those who waited for it but never cached.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    const existing = this.inFlight.get(key);
    if (existing) return existing;
    const shared = startWork(work).finally(() => {
      if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
    });
    this.inFlight.set(key, shared);
    return shared;
  }

  isInFlight(key: string): boolean {
    return this.inFlight.has(key);
  }
}

/** Turns a synchronous throw into a rejection, so it is shared like any failure. */
function startWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}
