import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { createSilentLogger, type Logger } from '../logging/create-logger.js';
import { authFileName } from './auth-file-name.js';
import type { AuthStore } from './auth-store.js';

export interface FileAuthStoreOptions {
  /** The cookies folder; created (mode 0700) on the first write. */
  directory: string;
  logger?: Logger;
}

/**
 * Keeps each key in `<directory>/auth_<key>.json`.
 *
 * A write goes to a unique temporary file in the same folder (mode 0600,
 * flushed to disk) and is then renamed over the target. Rename is atomic, so
 * another process reading at the same moment sees the old document or the new
 * one, never half of each. Within this process, writes and deletes of one key
 * run one after another in call order, so the last call wins.
 *
 * A file that is not valid JSON, or fails the reader's schema, reads as absent
 * (with a warning that never includes the contents, which are credentials)
 * and is replaced by the next write.
 */
export class FileAuthStore implements AuthStore {
  private readonly directory: string;
  private readonly logger: Logger;
  /** The tail of each file's chain of pending writes and deletes. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(options: FileAuthStoreOptions) {
    this.directory = options.directory;
    this.logger = options.logger ?? createSilentLogger();
  }

  /** The path `key` is stored at. */
  pathOf(key: string): string {
    return join(this.directory, authFileName(key));
  }

  async read<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
    const file = this.pathOf(key);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // JSON.parse's message quotes the text around the error: not logged.
      this.logger.warn({ key, file }, 'Stored credentials are not valid JSON; treating them as absent');
      return undefined;
    }
    const result = schema.safeParse(parsed);
    if (result.success) return result.data;
    const fields = result.error.issues.map((issue) => issue.path.join('.') || '(root)');
    this.logger.warn(
      { key, file, fields },
      'Stored credentials do not match the expected shape; treating them as absent',
    );
    return undefined;
  }

  write(key: string, value: unknown): Promise<void> {
    const text = JSON.stringify(value, null, 2);
    if (text === undefined) {
      return Promise.reject(new TypeError(`Cannot store a value of type ${typeof value} for "${key}"`));
    }
    return this.inOrder(key, () => this.replaceFile(authFileName(key), text));
  }

  delete(key: string): Promise<void> {
    return this.inOrder(key, () => rm(this.pathOf(key), { force: true }));
  }

  private async replaceFile(fileName: string, text: string): Promise<void> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    // Unique per process and per call, so two writers never share a temporary
    // file; in the same folder, because rename is only atomic within one file system.
    const temporary = join(this.directory, `.${fileName}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(text, 'utf8');
        // Flushed before the rename, so a crash cannot leave the new name pointing at empty data.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, join(this.directory, fileName));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** Runs `operation` once every earlier write or delete of the same file has settled. */
  private inOrder(key: string, operation: () => Promise<void>): Promise<void> {
    const file = this.pathOf(key);
    const previous = this.pending.get(file) ?? Promise.resolve();
    const next = previous.then(operation);
    // The chain must survive a failed operation; the caller still sees the failure through `next`.
    const tail = next.catch(() => {});
    this.pending.set(file, tail);
    void tail.then(() => {
      if (this.pending.get(file) === tail) this.pending.delete(file);
    });
    return next;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
