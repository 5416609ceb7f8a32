import type { z } from 'zod';
import type { AuthStore } from './auth-store.js';

/**
 * An {@link AuthStore} that lives as long as the process; the default when no
 * directory is configured, and the store tests use.
 */
export class MemoryAuthStore implements AuthStore {
  private readonly entries = new Map<string, unknown>();

  async read<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
    if (!this.entries.has(key)) return undefined;
    // Cloned on the way out too: a permissive schema (z.unknown()) returns its
    // input as is, and the caller must not get a handle on the stored object.
    const result = schema.safeParse(structuredClone(this.entries.get(key)));
    return result.success ? result.data : undefined;
  }

  async write(key: string, value: unknown): Promise<void> {
    this.entries.set(key, structuredClone(value));
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
