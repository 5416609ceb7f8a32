/**
 * `base` + `/` + `path`, by concatenation: a base with a path prefix keeps it
 * (`http://127.0.0.1:8080/img-gen-prod.ai-arta.com` + `api/v1/text2image`),
 * where `new URL('/api/…', base)` would drop it.
 */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
