import { InvalidConfigError, joinUrl, zodIssuesToOptionIssues } from '@g4f-kit/core';
import { DEFAULT_HUGGING_FACE_URL, DEFAULT_SPACE_URLS } from './default-space-urls.js';
import { spaceHost } from './space-host.js';
import type { SpaceSettings } from './space-settings.js';
import { SPACE_SETTINGS_KEY, spaceSettingsSchema } from './space-settings-schema.js';

/**
 * Validates the `config.providers.HuggingFace` section and fills the rest:
 * explicit URLs, else `<mirrorUrl>/<host>`, else g4f's hosts; the HF token
 * from env `HF_TOKEN` when the section has none. An invalid section is an
 * InvalidConfigError naming the field (never echoing a token or cookie).
 */
export function resolveSpaceSettings(
  section: unknown,
  env: Readonly<Record<string, string | undefined>> = process.env,
): SpaceSettings {
  const result = spaceSettingsSchema.safeParse(section ?? {});
  if (!result.success) {
    throw new InvalidConfigError(
      zodIssuesToOptionIssues(result.error, `providers.${SPACE_SETTINGS_KEY}`),
      `config.providers.${SPACE_SETTINGS_KEY}`,
    );
  }
  const settings = result.data;
  const mirror = settings.mirrorUrl;
  const explicitSpaces = new Map(
    Object.entries(settings.spaceUrls ?? {}).map(([space, url]) => [space.toLowerCase(), trimSlash(url)]),
  );
  const defaultSpaces = new Map(Object.entries(DEFAULT_SPACE_URLS).map(([space, url]) => [space.toLowerCase(), url]));
  const huggingFaceUrl = trimSlash(
    settings.huggingFaceUrl ??
      (mirror ? joinUrl(mirror, new URL(DEFAULT_HUGGING_FACE_URL).host) : DEFAULT_HUGGING_FACE_URL),
  );
  const envToken = env.HF_TOKEN?.trim();
  return {
    huggingFaceUrl,
    spaceUrl(space: string): string {
      const key = space.toLowerCase();
      const explicit = explicitSpaces.get(key);
      if (explicit) return explicit;
      const fallback = defaultSpaces.get(key) ?? `https://${spaceHost(space)}`;
      return mirror ? joinUrl(mirror, new URL(fallback).host) : fallback;
    },
    hfToken: settings.hfToken ?? (envToken ? envToken : undefined),
    cookies: cookieHeader(settings.cookies),
    tokenTtlMs: settings.tokenTtlMs,
    tokenExpiryMarginMs: settings.tokenExpiryMarginMs,
    idleTimeoutMs: settings.idleTimeoutMs,
    progressIntervalMs: settings.progressIntervalMs,
  };
}

function cookieHeader(cookies: string | Record<string, string> | undefined): string | undefined {
  if (cookies === undefined) return undefined;
  if (typeof cookies === 'string') return cookies;
  const pairs = Object.entries(cookies).map(([name, value]) => `${name}=${value}`);
  return pairs.length === 0 ? undefined : pairs.join('; ');
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
