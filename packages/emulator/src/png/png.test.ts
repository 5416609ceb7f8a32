import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { imageRef } from '../files/generated-image.js';
import { encodePatternPng } from './encode-png.js';
import { PngCache } from './png-cache.js';

const digestFor = (prompt: string, seed: number, variant: string | number = 0) =>
  imageRef({ model: 'test', prompt, seed, variant, width: 1, height: 1 }).digest;

describe('encodePatternPng', () => {
  it.each([
    [1, 1],
    [64, 48],
    [37, 101],
    [384, 384],
  ])('encodes a valid %ix%i PNG', (width, height) => {
    const bytes = encodePatternPng(digestFor('a', 1), width, height);
    expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const decoded = PNG.sync.read(bytes);
    expect([decoded.width, decoded.height]).toEqual([width, height]);
  });

  it('is deterministic for (prompt, seed, index) and differs otherwise', () => {
    const same = [encodePatternPng(digestFor('fox', 1), 32, 32), encodePatternPng(digestFor('fox', 1), 32, 32)];
    expect(same[0]?.equals(same[1] ?? Buffer.alloc(0))).toBe(true);
    const others = [digestFor('fox', 2), digestFor('dog', 1), digestFor('fox', 1, 1)].map((digest) =>
      encodePatternPng(digest, 32, 32),
    );
    for (const other of others) expect(other.equals(same[0] ?? Buffer.alloc(0))).toBe(false);
  });

  it('draws more than one colour', () => {
    const decoded = PNG.sync.read(encodePatternPng(digestFor('colours', 3), 64, 64));
    const colours = new Set<number>();
    for (let offset = 0; offset < decoded.data.length; offset += 4) colours.add(decoded.data.readUInt32BE(offset));
    expect(colours.size).toBeGreaterThan(8);
  });

  it('refuses sizes out of range', () => {
    expect(() => encodePatternPng(digestFor('x', 1), 0, 10)).toThrow(RangeError);
    expect(() => encodePatternPng(digestFor('x', 1), 5000, 10)).toThrow(RangeError);
  });
});

describe('PngCache', () => {
  it('encodes once and serves the same buffer after', () => {
    const cache = new PngCache();
    const first = cache.get(digestFor('c', 1), 16, 16);
    expect(cache.get(digestFor('c', 1), 16, 16)).toBe(first);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
  });

  it('stays within its entry bound', () => {
    const cache = new PngCache({ maxEntries: 2 });
    const first = cache.get(digestFor('a', 1), 8, 8);
    cache.get(digestFor('b', 1), 8, 8);
    cache.get(digestFor('c', 1), 8, 8);
    expect(cache.get(digestFor('a', 1), 8, 8)).not.toBe(first);
    expect(cache.misses).toBe(4);
  });
});
