import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MemoryAuthStore } from './memory-auth-store.js';

const schema = z.object({ token: z.string(), nested: z.object({ count: z.number() }) });

describe('MemoryAuthStore', () => {
  it('reads back what was written, and undefined for a key never written', async () => {
    const store = new MemoryAuthStore();
    await store.write('ARTA', { token: 'a', nested: { count: 1 } });
    expect(await store.read('ARTA', schema)).toEqual({ token: 'a', nested: { count: 1 } });
    expect(await store.read('Other', schema)).toBeUndefined();
  });

  it('keeps its own copy: changing the written or the read object does not change what is stored', async () => {
    const store = new MemoryAuthStore();
    const written = { token: 'a', nested: { count: 1 } };
    await store.write('ARTA', written);
    written.nested.count = 99;
    const read = await store.read('ARTA', z.unknown());
    (read as { nested: { count: number } }).nested.count = 42;
    expect(await store.read('ARTA', schema)).toEqual({ token: 'a', nested: { count: 1 } });
  });

  it('treats a value that fails the schema as absent', async () => {
    const store = new MemoryAuthStore();
    await store.write('ARTA', { token: 5 });
    expect(await store.read('ARTA', schema)).toBeUndefined();
  });

  it('forgets a deleted key, and deleting an absent key is fine', async () => {
    const store = new MemoryAuthStore();
    await store.write('ARTA', { token: 'a', nested: { count: 1 } });
    await store.delete('ARTA');
    await store.delete('never-written');
    expect(await store.read('ARTA', schema)).toBeUndefined();
  });
});
