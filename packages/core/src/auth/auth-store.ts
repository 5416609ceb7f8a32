import type { z } from 'zod';

/**
 * Where provider credentials survive between runs, keyed by provider name
 * (e.g. "ARTA"). Stores are a cache, not a source of truth: a value that fails
 * the reader's schema reads as absent, so a stale or corrupt entry just means
 * the credential is acquired again.
 */
export interface AuthStore {
  /** The stored value, or undefined when there is none or it fails `schema`. */
  read<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined>;
  /** Replaces the value for `key`; it must survive a JSON round trip. */
  write(key: string, value: unknown): Promise<void>;
  /** Removes the value for `key`; deleting an absent key is not an error. */
  delete(key: string): Promise<void>;
}
