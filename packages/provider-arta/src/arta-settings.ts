import { InvalidConfigError, pollScheduleOptionsSchema, zodIssuesToOptionIssues } from '@g4f-kit/core';
import { z } from 'zod';

/**
 * Optional injection token for {@link ArtaSettingsInput}: settings given in
 * code, over `config.providers.ARTA`. `createArtaProvider(settings)`
 * registers it for you.
 */
export const ARTA_SETTINGS: unique symbol = Symbol.for('g4f-kit.arta.settings');

/** Public web key of ARTA's Firebase project, as shipped in its app (and in g4f). */
export const ARTA_FIREBASE_WEB_KEY = 'AIzaSyB3-71wG0fIt0shj0ee4fvx1shcjJHGrrQ';

const baseUrl = z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' });

/**
 * Where ARTA lives and how patiently it is polled. Strict: a misspelt key is
 * an error naming it. Base URLs may carry a path prefix (an emulator serving
 * `http://127.0.0.1:PORT/www.googleapis.com`); paths are appended to them.
 */
export const artaSettingsSchema = z.strictObject({
  /** Firebase Identity Toolkit, for the anonymous sign-up. */
  signUpBaseUrl: baseUrl.default('https://www.googleapis.com'),
  /** Firebase Secure Token service, for refresh-token grants. */
  refreshBaseUrl: baseUrl.default('https://securetoken.googleapis.com'),
  /** ARTA's image API (text2image submit and status). */
  apiBaseUrl: baseUrl.default('https://img-gen-prod.ai-arta.com'),
  firebaseApiKey: z.string().min(1).default(ARTA_FIREBASE_WEB_KEY),
  /** Status poll schedule; see core's `DEFAULT_POLL_SCHEDULE` for the defaults and why. */
  poll: pollScheduleOptionsSchema.optional(),
  /** Overall limit of one generation (sign-up, submit and polls); `options.timeoutMs` may shorten it. */
  deadlineMs: z.number().int().positive().default(300_000),
});

export type ArtaSettings = z.output<typeof artaSettingsSchema>;
export type ArtaSettingsInput = z.input<typeof artaSettingsSchema>;

/**
 * Settings from defaults < `config.providers.ARTA` < settings given in code
 * (`poll` is merged field by field). Each layer is checked on its own, so an
 * InvalidConfigError names where the bad value came from.
 */
export function resolveArtaSettings(fromConfig: unknown, fromCode?: ArtaSettingsInput): ArtaSettings {
  const configLayer = checkLayer(fromConfig, 'providers.ARTA', 'config');
  const codeLayer = checkLayer(fromCode, '', 'ARTA settings');
  const merged: ArtaSettingsInput = { ...configLayer, ...withoutUndefined(codeLayer) };
  if (configLayer.poll || codeLayer.poll) merged.poll = { ...configLayer.poll, ...codeLayer.poll };
  return parse(merged, '', 'config.providers.ARTA with ARTA settings');
}

function withoutUndefined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function checkLayer(layer: unknown, prefix: string, source: string): ArtaSettingsInput {
  parse(layer ?? {}, prefix, source);
  return (layer ?? {}) as ArtaSettingsInput;
}

function parse(input: unknown, prefix: string, source: string): ArtaSettings {
  const result = artaSettingsSchema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidConfigError(zodIssuesToOptionIssues(result.error, prefix), source);
}
