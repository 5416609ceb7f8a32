import { mockTextProvider } from '@g4f-kit/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { fakeServices } from '../__fixtures__/fake-services.js';
import { memoryIo } from '../__fixtures__/memory-io.js';
import { runCli } from '../program/run-cli.js';
import type { EmulatorHandle, ServerOptions } from '../runtime/cli-services.js';

describe('g4f-kit api', () => {
  it('starts the server on the runtime, prints its URL, and closes both on SIGTERM', async () => {
    const io = memoryIo({ env: { G4F_PORT: '9999' } });
    const services = fakeServices([mockTextProvider('Talker')]);
    const close = vi.fn(async () => {});
    let given: ServerOptions | undefined;
    const startServer = vi.fn(async (options: ServerOptions) => {
      given = options;
      return { url: 'http://127.0.0.1:4321', close };
    });
    const running = runCli(['api', '--host', '0.0.0.0', '--port', '4321', '--api-key', 'k'], {
      io,
      services: { ...services, startServer },
    });
    await io.signal('SIGTERM');
    expect(await running).toBe(0);
    expect(given).toMatchObject({ host: '0.0.0.0', port: 4321, apiKey: 'k' });
    expect(given?.runtime).toBe(services.runtimes[0]?.runtime);
    expect(services.runtimes[0]?.runtime.config.server).toMatchObject({ host: '0.0.0.0', port: 4321, apiKey: 'k' });
    expect(io.stdout.text).toBe('http://127.0.0.1:4321\n');
    expect(io.stderr.text).toContain('http://127.0.0.1:4321/v1');
    expect(io.stderr.text).toContain('Received SIGTERM, closing…');
    expect(close).toHaveBeenCalledOnce();
    expect(services.runtimes[0]?.closed).toBe(true);
  });

  it('leaves host, port and key to the config when not given', async () => {
    const io = memoryIo();
    const services = fakeServices([mockTextProvider('Talker')]);
    let given: ServerOptions | undefined;
    const running = runCli(['api'], {
      io,
      services: {
        ...services,
        startServer: async (options) => {
          given = options;
          return { url: 'http://127.0.0.1:1337', close: async () => {} };
        },
      },
    });
    await io.signal('SIGINT');
    expect(await running).toBe(0);
    expect(given).not.toHaveProperty('host');
    expect(given).not.toHaveProperty('port');
    expect(given).not.toHaveProperty('apiKey');
  });

  it('rejects a bad port with exit code 2 before starting anything', async () => {
    const io = memoryIo();
    const startServer = vi.fn();
    expect(await runCli(['api', '--port', '70000'], { io, services: { startServer } })).toBe(2);
    expect(startServer).not.toHaveBeenCalled();
    expect(io.stderr.text).toContain("option '--port <port>' argument '70000' is invalid");
  });
});

describe('g4f-kit emulator', () => {
  const urls: EmulatorHandle['urls'] = {
    firebaseSignUp: 'http://127.0.0.1:1/www.googleapis.com',
    firebaseRefresh: 'http://127.0.0.1:1/securetoken.googleapis.com',
    arta: 'http://127.0.0.1:1/img-gen-prod.ai-arta.com',
    huggingFace: 'http://127.0.0.1:1/huggingface.co',
    spaces: {
      'roxky/FLUX.1-dev': 'http://127.0.0.1:1/roxky-flux-1-dev.hf.space',
      'black-forest-labs/FLUX.1-dev': 'http://127.0.0.1:1/black-forest-labs-flux-1-dev.hf.space',
      'roxky/Janus-Pro-7B': 'http://127.0.0.1:1/roxky-janus-pro-7b.hf.space',
      'deepseek-ai/Janus-Pro-7B': 'http://127.0.0.1:1/deepseek-ai-janus-pro-7b.hf.space',
      'roxky/G4F-flux': 'http://127.0.0.1:1/roxky-g4f-flux.hf.space',
    },
  };

  function fakeEmulator() {
    const close = vi.fn(async () => {});
    const startEmulator = vi.fn(async () => ({ port: 1, baseUrl: 'http://127.0.0.1:1', urls, close }));
    return { close, startEmulator };
  }

  it('prints the URLs and a providers block, and closes on SIGINT', async () => {
    const io = memoryIo();
    const { close, startEmulator } = fakeEmulator();
    const running = runCli(['emulator'], { io, services: { startEmulator } });
    await io.signal('SIGINT');
    expect(await running).toBe(0);
    expect(startEmulator).toHaveBeenCalledWith({ port: 8765 });
    expect(io.stdout.text).toContain('g4f-kit emulator on http://127.0.0.1:1\n');
    expect(io.stdout.text).toMatch(/ {2}arta\s+http:\/\/127\.0\.0\.1:1\/img-gen-prod\.ai-arta\.com\n/);
    expect(io.stdout.text).toContain('"apiBaseUrl": "http://127.0.0.1:1/img-gen-prod.ai-arta.com"');
    expect(close).toHaveBeenCalledOnce();
  });

  it('prints {baseUrl, urls, config} as JSON with --json', async () => {
    const io = memoryIo();
    const { startEmulator } = fakeEmulator();
    const running = runCli(['emulator', '--port', '0', '--host', '127.0.0.1', '--json'], {
      io,
      services: { startEmulator },
    });
    await io.signal('SIGINT');
    expect(await running).toBe(0);
    expect(startEmulator).toHaveBeenCalledWith({ port: 0, host: '127.0.0.1' });
    const printed = JSON.parse(io.stdout.text) as { baseUrl: string; urls: unknown; config: { providers: unknown } };
    expect(printed.baseUrl).toBe('http://127.0.0.1:1');
    expect(printed.urls).toEqual(urls);
    expect(printed.config.providers).toMatchObject({
      ARTA: { apiBaseUrl: urls.arta, signUpBaseUrl: urls.firebaseSignUp, refreshBaseUrl: urls.firebaseRefresh },
      HuggingFace: { mirrorUrl: 'http://127.0.0.1:1' },
    });
  });
});
