import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../errors/invalid-config-error.js';
import { type LoadConfigOptions, loadConfig } from './load-config.js';

const API_KEY = 'sk-live-do-not-print-me';

describe('loadConfig', () => {
  let cwd: string;

  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'g4f-kit-config-'));
  });
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  /** loadConfig with an empty environment, in the temp folder, unless told otherwise. */
  function load(options: LoadConfigOptions = {}) {
    return loadConfig({ env: {}, cwd, ...options });
  }

  function failure(options: LoadConfigOptions = {}): InvalidConfigError {
    try {
      load(options);
    } catch (error) {
      if (InvalidConfigError.isInstance(error)) return error as InvalidConfigError;
      throw error;
    }
    throw new Error('expected loadConfig to fail');
  }

  async function configFile(content: unknown, name = 'g4f-kit.config.json'): Promise<string> {
    const path = join(cwd, name);
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  describe('layers', () => {
    it('gives every default when nothing is configured', () => {
      expect(load()).toEqual({
        mediaDir: './generated_media',
        timeoutMs: 300_000,
        requestTimeoutMs: 60_000,
        logLevel: 'info',
        plugins: [],
        providers: {},
        server: { host: '127.0.0.1', port: 1337, bodyLimitBytes: 1_048_576 },
      });
    });

    it('reads g4f-kit.config.json from the working folder', async () => {
      await configFile({ mediaDir: '/srv/media', server: { port: 8080 } });
      const config = load();
      expect(config.mediaDir).toBe('/srv/media');
      expect(config.server).toEqual({ host: '127.0.0.1', port: 8080, bodyLimitBytes: 1_048_576 });
    });

    it('applies file < environment < overrides', async () => {
      const file = await configFile(
        { timeoutMs: 1_000, logLevel: 'debug', server: { host: 'file-host', port: 2_000, bodyLimitBytes: 10 } },
        'custom.json',
      );
      const config = load({
        file,
        env: { G4F_PORT: '3000', G4F_HOST: 'env-host', G4F_LOG_LEVEL: 'warn' },
        overrides: { server: { port: 4_000 }, logLevel: 'error' },
      });
      expect(config.timeoutMs).toBe(1_000);
      expect(config.logLevel).toBe('error');
      expect(config.server).toEqual({ host: 'env-host', port: 4_000, bodyLimitBytes: 10 });
    });

    it('finds the file through G4F_CONFIG, relative to cwd', async () => {
      await configFile({ mediaDir: 'from-env-file' }, 'elsewhere.json');
      expect(load({ env: { G4F_CONFIG: 'elsewhere.json' } }).mediaDir).toBe('from-env-file');
    });

    it('prefers the file option to G4F_CONFIG', async () => {
      const chosen = await configFile({ mediaDir: 'chosen' }, 'chosen.json');
      await configFile({ mediaDir: 'ignored' }, 'ignored.json');
      expect(load({ file: chosen, env: { G4F_CONFIG: 'ignored.json' } }).mediaDir).toBe('chosen');
    });

    it('merges providers deeply across all layers, each provider entry included', async () => {
      await configFile({ providers: { ARTA: { baseUrl: 'https://arta.example', steps: 30 }, G4F: { space: 'a' } } });
      const config = load({
        env: { G4F_PROVIDERS: '{"ARTA": {"steps": 40}, "Janus": {"enabled": true}}' },
        overrides: { providers: { ARTA: { seed: 7 } } },
      });
      expect(config.providers).toEqual({
        ARTA: { baseUrl: 'https://arta.example', steps: 40, seed: 7 },
        G4F: { space: 'a' },
        Janus: { enabled: true },
      });
    });

    it('replaces arrays instead of merging them', async () => {
      await configFile({ plugins: ['a', 'b', 'c'] });
      expect(load({ env: { G4F_PLUGINS: ' d , e,, ' } }).plugins).toEqual(['d', 'e']);
      expect(load({ env: { G4F_PLUGINS: 'd' }, overrides: { plugins: ['f'] } }).plugins).toEqual(['f']);
    });

    it('ignores overrides left undefined and leaves the overrides object untouched', async () => {
      await configFile({ server: { port: 2_000 } });
      const overrides = { server: { port: undefined, host: 'override-host' }, mediaDir: undefined };
      const snapshot = structuredClone(overrides);
      const config = load({ overrides });
      expect(config.server.port).toBe(2_000);
      expect(config.mediaDir).toBe('./generated_media');
      expect(overrides).toEqual(snapshot);
    });
  });

  describe('environment', () => {
    it('maps every G4F_* variable to its field', () => {
      const config = load({
        env: {
          G4F_COOKIES_DIR: '/cookies',
          G4F_MEDIA_DIR: '/media',
          G4F_PROXY: 'socks5://127.0.0.1:1080',
          G4F_TIMEOUT_MS: '1234',
          G4F_REQUEST_TIMEOUT_MS: '5678',
          G4F_LOG_LEVEL: 'trace',
          G4F_PLUGINS: '@acme/g4f-plugin,./local-plugin.js',
          G4F_API_KEY: API_KEY,
          G4F_HOST: '0.0.0.0',
          G4F_PORT: '0',
          G4F_PROVIDERS: '{"ARTA": {"baseUrl": "http://localhost:9000"}}',
        },
      });
      expect(config).toEqual({
        cookiesDir: '/cookies',
        mediaDir: '/media',
        proxy: 'socks5://127.0.0.1:1080',
        timeoutMs: 1234,
        requestTimeoutMs: 5678,
        logLevel: 'trace',
        plugins: ['@acme/g4f-plugin', './local-plugin.js'],
        providers: { ARTA: { baseUrl: 'http://localhost:9000' } },
        server: { host: '0.0.0.0', port: 0, apiKey: API_KEY, bodyLimitBytes: 1_048_576 },
      });
    });

    it('reads G4F_TIMEOUT in seconds, fractions included, and lets G4F_TIMEOUT_MS win', () => {
      expect(load({ env: { G4F_TIMEOUT: '2.5' } }).timeoutMs).toBe(2_500);
      expect(load({ env: { G4F_TIMEOUT: '2.5', G4F_TIMEOUT_MS: '900' } }).timeoutMs).toBe(900);
    });

    it('treats empty variables as unset', () => {
      expect(load({ env: { G4F_PORT: '', G4F_API_KEY: '  ', G4F_LOG_LEVEL: '' } }).server).toEqual({
        host: '127.0.0.1',
        port: 1337,
        bodyLimitBytes: 1_048_576,
      });
    });

    it('names the variable when a number cannot be read', () => {
      const error = failure({ env: { G4F_PORT: 'eighty', G4F_TIMEOUT: '0x10' } });
      expect(error.message).toContain('G4F_PORT must be a number, got "eighty"');
      expect(error.message).toContain('G4F_TIMEOUT must be a number');
      expect(error.issues.map((issue) => issue.field)).toEqual(['timeoutMs', 'server.port']);
    });

    it('names the variable a valid number that breaks a rule came from', () => {
      const error = failure({ env: { G4F_PORT: '70000' } });
      expect(error.issues).toEqual([
        { field: 'server.port', message: expect.stringMatching(/^Too big.*\(got 70000\) \(set by G4F_PORT\)$/) },
      ]);
      expect(error.message).toContain('server.port: Too big');
    });

    it('rejects G4F_PROVIDERS that is not a JSON object, without quoting it', () => {
      const broken = failure({ env: { G4F_PROVIDERS: `{"ARTA": {"apiKey": "${API_KEY}"` } });
      expect(broken.message).toContain('G4F_PROVIDERS is not valid JSON');
      expect(broken.message).toMatch(/line 1, column \d+/);
      expect(broken.message).not.toContain(API_KEY);
      expect(failure({ env: { G4F_PROVIDERS: '["ARTA"]' } }).message).toContain('G4F_PROVIDERS must be a JSON object');
    });
  });

  describe('the config file', () => {
    it('fails, naming the path, when the file option names a missing file', () => {
      const missing = join(cwd, 'nope.json');
      const error = failure({ file: missing });
      expect(error.message).toContain(missing);
      expect(error.message).toContain('file not found');
    });

    it('fails, naming the path and G4F_CONFIG, when G4F_CONFIG names a missing file', () => {
      const error = failure({ env: { G4F_CONFIG: 'missing.json' } });
      expect(error.message).toContain(join(cwd, 'missing.json'));
      expect(error.source).toBe('G4F_CONFIG');
    });

    it('reports invalid JSON with the file and the position, never the contents', async () => {
      const path = await configFile(`{\n  "server": {\n    "apiKey": "${API_KEY}"\n    "port": 1\n  }\n}`);
      const error = failure();
      expect(error.message).toContain(path);
      expect(error.message).toContain("Expected ',' or '}' after property value at line 4, column 5");
      expect(error.message).not.toContain(API_KEY);
    });

    it('reads a file that starts with a byte order mark', async () => {
      await configFile(`\uFEFF${JSON.stringify({ mediaDir: 'bom' })}`);
      expect(load().mediaDir).toBe('bom');
    });

    it('requires a JSON object at the top', async () => {
      await configFile('["not", "an", "object"]');
      expect(failure().message).toContain('must contain a JSON object');
    });
  });

  describe('validation', () => {
    it('names an unknown key, where it came from, and the keys that exist', async () => {
      const path = await configFile({ timeout: 5, server: { prot: 80 } });
      const error = failure();
      expect(error.issues.map((issue) => issue.field)).toEqual(['server.prot', 'timeout']);
      expect(error.message).toContain('timeout: Unknown key (known keys: cookiesDir, mediaDir, proxy,');
      expect(error.message).toContain('server.prot: Unknown key (known keys: host, port, apiKey, bodyLimitBytes)');
      expect(error.message).toContain(`(set by ${path})`);
    });

    it('lists every bad field at once, each with its origin', async () => {
      await configFile({ timeoutMs: -1 });
      const error = failure({ env: { G4F_LOG_LEVEL: 'loud' }, overrides: { server: { bodyLimitBytes: 1.5 } } });
      const byField = Object.fromEntries(error.issues.map((issue) => [issue.field, issue.message]));
      expect(Object.keys(byField).sort()).toEqual(['logLevel', 'server.bodyLimitBytes', 'timeoutMs']);
      expect(byField.timeoutMs).toMatch(/\(got -1\) \(set by .*g4f-kit\.config\.json\)$/);
      expect(byField.logLevel).toMatch(/\(got "loud"\) \(set by G4F_LOG_LEVEL\)$/);
      expect(byField['server.bodyLimitBytes']).toMatch(/\(set by overrides\)$/);
    });

    it('accepts http, https and socks5 proxies and rejects others', () => {
      for (const proxy of ['http://proxy:8080', 'https://proxy', 'socks5://127.0.0.1:1080']) {
        expect(load({ overrides: { proxy } }).proxy).toBe(proxy);
      }
      expect(failure({ overrides: { proxy: 'ftp://proxy' } }).issues[0]?.field).toBe('proxy');
      expect(failure({ overrides: { proxy: 'not a url' } }).issues[0]?.field).toBe('proxy');
    });

    it('rejects a provider entry that is not an object', async () => {
      await configFile({ providers: { ARTA: 'https://arta.example' } });
      expect(failure().issues[0]?.field).toBe('providers.ARTA');
    });

    it('keeps a "__proto__" key an ordinary (unknown) key instead of polluting prototypes', async () => {
      await configFile('{"__proto__": {"polluted": true}, "server": {"__proto__": {"port": 1}}}');
      const error = failure();
      expect(error.issues.map((issue) => issue.field).sort()).toEqual(['__proto__', 'server.__proto__']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe('secrets', () => {
    it('never quotes the API key, whatever else is wrong', async () => {
      await configFile({ server: { apiKey: API_KEY, port: 'eighty', extra: true }, unknown: { apiKey: API_KEY } });
      const error = failure({ env: { G4F_API_KEY: API_KEY, G4F_HOST: '' } });
      expect(error.issues.length).toBeGreaterThanOrEqual(3);
      expect(error.message).not.toContain(API_KEY);
      expect(JSON.stringify(error.issues)).not.toContain(API_KEY);
    });

    it('never quotes an invalid API key', () => {
      const wrongType = failure({ overrides: { server: { apiKey: 12345678 as unknown as string } } });
      expect(wrongType.issues[0]?.field).toBe('server.apiKey');
      expect(wrongType.message).not.toContain('12345678');
      expect(failure({ overrides: { server: { apiKey: '' } } }).issues[0]?.field).toBe('server.apiKey');
    });

    it('never quotes a proxy URL, which may carry a password', () => {
      const error = failure({ env: { G4F_PROXY: 'ftp://user:hunter2@proxy.example' } });
      expect(error.issues[0]).toMatchObject({ field: 'proxy', message: expect.stringContaining('(set by G4F_PROXY)') });
      expect(error.message).not.toContain('hunter2');
    });

    it('never quotes provider settings, which may hold keys', () => {
      const error = failure({ env: { G4F_PROVIDERS: `{"ARTA": "${API_KEY}"}` } });
      expect(error.issues[0]?.field).toBe('providers.ARTA');
      expect(error.message).not.toContain(API_KEY);
    });
  });
});
