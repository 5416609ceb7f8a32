import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryAuthStore } from '../auth/memory-auth-store.js';
import { createSilentLogger } from '../logging/create-logger.js';
import { createContainer, disposeContainer, getRegistry } from './create-container.js';
import { loadPlugins, PluginLoadError } from './load-plugins.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

describe('loadPlugins', () => {
  it('imports a plugin from a path and registers its providers', async () => {
    const plugins = await loadPlugins(['./third-party-plugin.mjs'], { cwd: fixtures });
    expect(plugins.map((plugin) => plugin.name)).toEqual(['third-party']);
    const container = createContainer({ plugins, authStore: new MemoryAuthStore(), logger: createSilentLogger() });
    try {
      const provider = getRegistry(container).get('ThirdParty');
      const chunks: unknown[] = [];
      for await (const chunk of provider.createAsyncGenerator('tp-1', [])) chunks.push(chunk);
      expect(chunks).toEqual(['third-party answer from tp-1']);
    } finally {
      await disposeContainer(container);
    }
  });

  it('loads each plugin once even when named twice', async () => {
    const plugins = await loadPlugins([join(fixtures, 'third-party-plugin.mjs'), './third-party-plugin.mjs'], {
      cwd: fixtures,
    });
    expect(plugins).toHaveLength(1);
  });

  it('names the plugin that is missing or exports nothing', async () => {
    await expect(loadPlugins(['./missing.mjs'], { cwd: fixtures })).rejects.toThrow(PluginLoadError);
    await expect(loadPlugins(['./missing.mjs'], { cwd: fixtures })).rejects.toThrow(/"\.\/missing\.mjs"/);
    await expect(loadPlugins(['@nobody/no-such-plugin'], { cwd: fixtures })).rejects.toThrow(/no-such-plugin/);
    await expect(loadPlugins(['./not-a-plugin.mjs'], { cwd: fixtures })).rejects.toThrow(/exports no plugin/);
  });
});
