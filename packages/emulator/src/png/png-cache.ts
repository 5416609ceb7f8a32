import { LruCache } from '../util/lru-cache.js';
import { encodePatternPng } from './encode-png.js';

export interface PngCacheOptions {
  /** Most encoded images kept (default 256). */
  maxEntries?: number;
  /** Most bytes kept (default 64 MiB). */
  maxBytes?: number;
}

/**
 * Encoded PNGs by (digest, size), least recently used evicted first, so
 * benchmarks that fetch the same images measure the stack, not zlib.
 */
export class PngCache {
  private readonly cache: LruCache<string, Buffer>;
  hits = 0;
  misses = 0;

  constructor(options: PngCacheOptions = {}) {
    this.cache = new LruCache<string, Buffer>({
      maxEntries: options.maxEntries ?? 256,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeOf: (buffer) => buffer.length,
    });
  }

  get(digestHex: string, width: number, height: number): Buffer {
    const key = `${digestHex}:${width}x${height}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.hits += 1;
      return cached;
    }
    this.misses += 1;
    const encoded = encodePatternPng(digestHex, width, height);
    this.cache.set(key, encoded);
    return encoded;
  }
}
