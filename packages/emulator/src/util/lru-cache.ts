export interface LruCacheOptions<V> {
  /** Most entries kept. */
  maxEntries: number;
  /** Most total size kept, measured with `sizeOf`. */
  maxSize?: number;
  sizeOf?: (value: V) => number;
}

/** A least-recently-used map bounded by entry count and, optionally, total size. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private totalSize = 0;

  constructor(private readonly options: LruCacheOptions<V>) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): void {
    this.delete(key);
    const size = this.options.sizeOf?.(value) ?? 0;
    const maxSize = this.options.maxSize ?? Number.POSITIVE_INFINITY;
    if (size > maxSize) return;
    this.entries.set(key, value);
    this.totalSize += size;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.totalSize <= maxSize) break;
      this.delete(oldest);
    }
  }

  delete(key: K): boolean {
    const value = this.entries.get(key);
    if (value === undefined) return false;
    this.entries.delete(key);
    this.totalSize -= this.options.sizeOf?.(value) ?? 0;
    return true;
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }
}
