/**
 * Appends path segments to a base URL by concatenation, so a base that carries
 * a path prefix (`http://127.0.0.1:8080/huggingface.co`) keeps it, which
 * `new URL('/path', base)` would drop. Slashes between the parts are trimmed.
 */
export function joinUrl(base: string, ...segments: readonly string[]): string {
  const parts = segments.map((segment) => segment.replace(/^\/+|\/+$/g, '')).filter((segment) => segment !== '');
  const root = base.replace(/\/+$/, '');
  return parts.length === 0 ? root : `${root}/${parts.join('/')}`;
}
