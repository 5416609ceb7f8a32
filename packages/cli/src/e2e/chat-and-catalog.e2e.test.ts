import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eWorkspace, type E2eWorkspace } from '../__fixtures__/e2e-workspace.js';
import { runCliProcess } from '../__fixtures__/spawn-cli.js';

const BUILT_IN = ['ARTA', 'G4F', 'FluxDev', 'BlackForestLabs_Flux1Dev', 'DeepseekAI_JanusPro7b'];

describe('g4f-kit chat, providers and models (spawned, against the emulator)', { timeout: 60_000 }, () => {
  let workspace: E2eWorkspace;
  beforeAll(async () => {
    workspace = await createE2eWorkspace();
  });
  afterAll(async () => {
    await workspace?.close();
  });

  it('streams a Janus answer to stdout, ending with a newline', async () => {
    const result = await runCliProcess(['chat', 'hello janus', '--provider', 'DeepseekAI_JanusPro7b'], workspace.dir);
    expect(result.stderr).not.toContain('g4f-kit:');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/hello janus/);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.endsWith('\n\n')).toBe(false);
    expect(result.stderr).toContain('Using DeepseekAI_JanusPro7b (janus-pro-7b)');
  });

  it('lists the built-in providers as a table, and as JSON', async () => {
    const table = await runCliProcess(['providers'], workspace.dir);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/│ Name\s+│ Label\s+│ Working │ Needs auth │ Models │ URL\s+│/);
    for (const name of BUILT_IN) expect(table.stdout).toMatch(new RegExp(`│ ${name}\\s+│`));

    const json = await runCliProcess(['providers', '--json'], workspace.dir);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<{ name: string; working: boolean; models: number }>;
    expect(rows.map((row) => row.name)).toEqual(BUILT_IN);
    expect(rows.every((row) => row.working && row.models > 0)).toBe(true);
  });

  it('lists models with their providers and kinds', async () => {
    const table = await runCliProcess(['models'], workspace.dir);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/│ Model\s+│ Provider\(s\)\s+│ Kind\s+│/);
    expect(table.stdout).toMatch(
      /│ flux\s+│ [^│]*ARTA[^│]*G4F[^│]*FluxDev[^│]*BlackForestLabs_Flux1Dev[^│]*│ image\s+│/,
    );
    expect(table.stdout).toMatch(/│ janus-pro-7b\s+│ [^│]*DeepseekAI_JanusPro7b[^│]*│ \w+\s+│/);

    const json = await runCliProcess(['models', '--provider', 'DeepseekAI_JanusPro7b', '--json'], workspace.dir);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<{ model: string; providers: string[]; kind: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.providers.join() === 'DeepseekAI_JanusPro7b')).toBe(true);
    expect(rows.some((row) => row.kind === 'image')).toBe(true);
  });
});
