import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mockTextProvider } from '@g4f-kit/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeServices } from '../__fixtures__/fake-services.js';
import { memoryIo } from '../__fixtures__/memory-io.js';
import { useTempDir } from '../__fixtures__/temp-dir.js';
import { cliVersion } from './cli-version.js';
import { runCli } from './run-cli.js';

describe('runCli', () => {
  const temp = useTempDir();

  it('prints the version from package.json', async () => {
    const io = memoryIo();
    expect(await runCli(['--version'], { io })).toBe(0);
    expect(io.stdout.text).toBe(`${cliVersion()}\n`);
    expect(cliVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help with examples for every command on stdout', async () => {
    for (const command of ['image', 'chat', 'providers', 'models', 'api', 'emulator']) {
      const io = memoryIo();
      expect(await runCli([command, '--help'], { io })).toBe(0);
      expect(io.stdout.text).toContain(`Usage: g4f-kit ${command}`);
      expect(io.stdout.text).toContain(`$ g4f-kit ${command}`);
    }
  });

  it('shows the help on stderr and exits 2 without a command', async () => {
    const io = memoryIo();
    expect(await runCli([], { io })).toBe(2);
    expect(io.stderr.text).toContain('Usage: g4f-kit');
    expect(io.stdout.text).toBe('');
  });

  it('reports unknown commands and options in one line with exit code 2', async () => {
    const io = memoryIo();
    expect(await runCli(['imag'], { io })).toBe(2);
    expect(await runCli(['providers', '--bogus'], { io })).toBe(2);
    expect(await runCli(['--log-level', 'loud', 'providers'], { io })).toBe(2);
    expect(io.stderr.lines).toEqual([
      "g4f-kit: unknown command 'imag' (Did you mean image?) (see 'g4f-kit --help')",
      "g4f-kit: unknown option '--bogus' (see 'g4f-kit providers --help')",
      expect.stringContaining("option '--log-level <level>' argument 'loud' is invalid. Allowed choices are fatal"),
    ]);
  });

  it('reads --config, and G4F_* variables, through loadConfig', async () => {
    const file = join(temp.path, 'custom.json');
    await writeFile(file, JSON.stringify({ timeoutMs: 1234, logLevel: 'warn' }));
    const io = memoryIo({ cwd: temp.path, env: { G4F_REQUEST_TIMEOUT_MS: '555' } });
    const services = fakeServices([mockTextProvider('Talker')]);
    expect(await runCli(['--config', 'custom.json', 'providers'], { io, services })).toBe(0);
    expect(services.calls[0]).toMatchObject({ configFile: 'custom.json', cwd: temp.path });
    expect(services.runtimes[0]?.runtime.config).toMatchObject({ timeoutMs: 1234, requestTimeoutMs: 555 });
  });

  it('lets --log-level and --debug override the configured level, before or after the command', async () => {
    const services = fakeServices([mockTextProvider('Talker')]);
    const io = memoryIo({ env: { G4F_LOG_LEVEL: 'error' } });
    expect(await runCli(['providers', '--log-level', 'trace'], { io, services })).toBe(0);
    expect(await runCli(['--debug', 'providers'], { io, services })).toBe(0);
    expect(await runCli(['providers'], { io, services })).toBe(0);
    expect(services.calls.map((call) => call.logger?.level)).toEqual(['trace', 'debug', 'error']);
  });

  it('writes logs to stderr as readable lines, never to stdout', async () => {
    const services = fakeServices([mockTextProvider('Talker')]);
    const io = memoryIo();
    expect(await runCli(['--log-level', 'debug', 'providers', '--json'], { io, services })).toBe(0);
    expect(() => JSON.parse(io.stdout.text)).not.toThrow();
    expect(io.stderr.text).toMatch(/^debug \[registry\] provider registry changed type=register name=Talker$/m);
  });

  it('fails with exit code 2 and the field for an invalid config file', async () => {
    await writeFile(join(temp.path, 'g4f-kit.config.json'), JSON.stringify({ timeoutMs: -1 }));
    const io = memoryIo({ cwd: temp.path });
    expect(await runCli(['providers'], { io, services: fakeServices([]) })).toBe(2);
    expect(io.stderr.text).toMatch(/^g4f-kit: Invalid configuration: timeoutMs: .*\n$/);
  });
});
