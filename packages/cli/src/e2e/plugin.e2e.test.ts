import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eWorkspace, type E2eWorkspace } from '../__fixtures__/e2e-workspace.js';
import { runCliProcess } from '../__fixtures__/spawn-cli.js';

/** A plugin as a third party would publish it: plain JavaScript against the public API. */
const PLUGIN = `
import { AsyncGeneratorProvider, ProviderModelMixin, definePlugin } from '@g4f-kit/core';

export class ThirdParty extends ProviderModelMixin(AsyncGeneratorProvider) {
  static label = 'Third party';
  static url = 'https://third-party.example';
  static working = true;
  static defaultModel = 'tp-1';
  static models = ['tp-1'];

  async *createAsyncGenerator(model, messages) {
    yield 'third-party answer to ';
    yield JSON.stringify(messages.at(-1).content);
    yield \` from \${model}\`;
  }
}

export default definePlugin({ name: 'third-party', providers: [ThirdParty] });
`;

describe('a third-party plugin named in the config file (spawned)', { timeout: 60_000 }, () => {
  let workspace: E2eWorkspace;
  beforeAll(async () => {
    workspace = await createE2eWorkspace({ plugins: ['./third-party-plugin.mjs'] });
    await writeFile(join(workspace.dir, 'third-party-plugin.mjs'), PLUGIN);
  });
  afterAll(async () => {
    await workspace?.close();
  });

  it('registers next to the built-in providers', async () => {
    const result = await runCliProcess(['providers', '--json'], workspace.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<{ name: string; label: string }>;
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['ARTA', 'G4F', 'ThirdParty']));
    expect(rows.find((row) => row.name === 'ThirdParty')?.label).toBe('Third party');
  });

  it('answers chat --provider ThirdParty', async () => {
    const result = await runCliProcess(['chat', 'ping', '--provider', 'ThirdParty'], workspace.dir);
    expect(result.stderr).not.toContain('g4f-kit:');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('third-party answer to "ping" from tp-1\n');
  });

  it('fails with exit code 2, in one line, naming a plugin that cannot be loaded', async () => {
    await writeFile(join(workspace.dir, 'broken.json'), JSON.stringify({ plugins: ['./missing-plugin.mjs'] }));
    const result = await runCliProcess(['--config', 'broken.json', 'providers'], workspace.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^g4f-kit: .*"\.\/missing-plugin\.mjs"/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
