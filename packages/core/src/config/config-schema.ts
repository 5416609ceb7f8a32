import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const serverConfigSchema = z.strictObject({
  /** Loopback by default: exposing the API is a choice, not an accident. */
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(1337),
  /** When set, every request must present it. */
  apiKey: z.string().min(1).optional(),
  bodyLimitBytes: z.number().int().positive().default(1_048_576),
});

/**
 * Everything g4f-kit reads at start-up. Strict: a misspelt key is an error
 * naming it, not a setting silently ignored.
 */
export const configSchema = z.strictObject({
  /** Where auth files live; consumers fall back to `defaultCookiesDir()` when absent. */
  cookiesDir: z.string().min(1).optional(),
  /** Where generated images are saved. */
  mediaDir: z.string().min(1).default('./generated_media'),
  proxy: z.url({ protocol: /^(https?|socks5)$/, error: 'Expected an http, https or socks5 URL' }).optional(),
  /** Overall deadline of one generation, every request and poll included. */
  timeoutMs: z.number().int().positive().default(300_000),
  /** Limit of each single HTTP request. */
  requestTimeoutMs: z.number().int().positive().default(60_000),
  logLevel: z.enum(LOG_LEVELS).default('info'),
  /** Plugin package names or paths, loaded in order. */
  plugins: z.array(z.string().min(1)).default([]),
  /** Per-provider settings (base URLs and the like); each provider validates its own entry. */
  providers: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  // prefault, not default: the empty object is parsed, so the server's own defaults apply.
  server: serverConfigSchema.prefault({}),
});

export type G4FConfig = z.output<typeof configSchema>;
export type LogLevel = (typeof LOG_LEVELS)[number];
