import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { definePlugin, G4FError, InvalidConfigError, MemoryAuthStore } from '@g4f-kit/core';
import { mockTextProvider } from '@g4f-kit/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PLUGINS, resolveBuiltinPlugins } from './builtin-plugins.js';
import { createRuntime, type Runtime } from './create-runtime.js';

const project = fileURLToPath(new URL('./__fixtures__/project/', import.meta.url));

describe('createRuntime', () => {
  let runtime: Runtime | undefined;
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'g4f-runtime-test-'));
  });
  afterEach(async () => {
    await runtime?.close();
    runtime = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the config file in cwd and loads its plugins from there, like any third-party plugin', async () => {
    runtime = await createRuntime({ cwd: project, env: {}, builtins: false, authStore: new MemoryAuthStore() });
    expect(runtime.config.server).toMatchObject({ port: 4242, bodyLimitBytes: 2048, host: '127.0.0.1' });
    expect(runtime.config.mediaDir).toBe(join(project, 'out', 'media'));
    expect(runtime.registry.names()).toEqual(['LocalEcho']);
    const answer = await runtime.client.chat.completions.create({
      model: 'echo-1',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(answer.choices[0]?.message.content).toBe('local answer from echo-1');
  });

  it('layers env (from the option, not process.env) and overrides over the file', async () => {
    runtime = await createRuntime({
      cwd: project,
      builtins: false,
      env: { G4F_API_KEY: 'env-key', G4F_PORT: '5000', G4F_MEDIA_DIR: 'env-media' },
      overrides: { server: { port: 6000 } },
    });
    expect(runtime.config.server).toMatchObject({ apiKey: 'env-key', port: 6000, bodyLimitBytes: 2048 });
    expect(runtime.config.mediaDir).toBe(join(project, 'env-media'));
  });

  it('takes an explicit config file', async () => {
    runtime = await createRuntime({
      cwd: dir,
      configFile: join(project, 'g4f-kit.config.json'),
      env: {},
      builtins: false,
      overrides: { plugins: [] },
    });
    expect(runtime.config.server.port).toBe(4242);
    expect(runtime.config.mediaDir).toBe(join(dir, 'out', 'media'));
  });

  it('installs options.plugins after the configured ones; one with the same name replaces it', async () => {
    const Replacement = mockTextProvider('Replacement', 'replaced');
    const Extra = mockTextProvider('Extra');
    runtime = await createRuntime({
      cwd: project,
      env: {},
      builtins: false,
      plugins: [
        definePlugin({ name: 'local', providers: [Replacement] }),
        definePlugin({ name: 'extra', providers: [Extra] }),
      ],
    });
    expect(runtime.registry.names()).toEqual(['Replacement', 'Extra']);
  });

  it('fails at start with an error naming a bad config field', async () => {
    const error = await createRuntime({ cwd: dir, env: { G4F_PORT: '99999' }, builtins: false }).catch((e) => e);
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('server.port');
  });

  it('fails at start naming a plugin that cannot be loaded', async () => {
    const error = await createRuntime({
      cwd: dir,
      env: {},
      builtins: false,
      overrides: { plugins: ['./missing.mjs'] },
    }).catch((e) => e);
    expect(G4FError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('./missing.mjs');
  });

  it('close() can be called more than once', async () => {
    runtime = await createRuntime({ cwd: dir, env: {}, builtins: false });
    await runtime.close();
    await runtime.close();
  });

  it('resolves the built-in providers from this package, not from cwd', () => {
    expect(BUILTIN_PLUGINS).toEqual(['@g4f-kit/provider-arta', '@g4f-kit/provider-g4f-space']);
    for (const url of resolveBuiltinPlugins()) expect(url).toMatch(/^file:\/\/.*\/packages\/provider-[a-z0-9-]+\//);
  });

  it('loads the built-in providers by default', async () => {
    runtime = await createRuntime({ cwd: dir, env: {}, authStore: new MemoryAuthStore() });
    expect(runtime.registry.names()).toEqual(expect.arrayContaining(['ARTA', 'G4F', 'FluxDev']));
    expect(runtime.registry.has('Janus')).toBe(true);
  });
});
