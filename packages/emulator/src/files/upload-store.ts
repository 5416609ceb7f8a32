import { createHash } from 'node:crypto';
import { LruCache } from '../util/lru-cache.js';

export interface StoredFile {
  readonly bytes: Buffer;
  readonly mimeType: string;
  readonly origName: string;
}

/** Where Gradio keeps uploads and outputs: `/tmp/gradio/<sha256>/<name>`. */
export const GRADIO_CACHE_DIR = '/tmp/gradio';

/** Files uploaded to Gradio spaces, bounded (oldest evicted first). */
export class UploadStore {
  private readonly files = new LruCache<string, StoredFile>({
    maxEntries: 1024,
    maxSize: 128 * 1024 * 1024,
    sizeOf: (file) => file.bytes.length,
  });

  /** Stores a file and returns its server path, as Gradio's upload route does. */
  put(bytes: Buffer, origName: string, mimeType: string): string {
    const digest = createHash('sha256').update(bytes).digest('hex');
    const safeName = origName.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'file';
    const path = `${GRADIO_CACHE_DIR}/${digest}/${safeName}`;
    this.files.set(path, { bytes, mimeType, origName });
    return path;
  }

  get(path: string): StoredFile | undefined {
    return this.files.get(path);
  }
}
