import { gradioFileUrl } from './gradio-file-data.js';

/**
 * The image URLs in a Gradio output value: a FileData (`url`, else its
 * `path` served by the Space), a gallery item (`{image: FileData}`), or a
 * list of either (a gallery, or `[FileData, seed]`), in order.
 */
export function extractImageUrls(value: unknown, spaceUrl: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => extractImageUrls(item, spaceUrl));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.url === 'string' && record.url !== '') return [record.url];
  if (typeof record.path === 'string' && record.path !== '') return [gradioFileUrl(spaceUrl, record.path)];
  if ('image' in record) return extractImageUrls(record.image, spaceUrl);
  return [];
}
