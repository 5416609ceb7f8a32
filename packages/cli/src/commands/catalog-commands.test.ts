import { defineMockProvider, mockImageProvider, mockTextProvider } from '@g4f-kit/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeServices } from '../__fixtures__/fake-services.js';
import { memoryIo } from '../__fixtures__/memory-io.js';
import { runCli } from '../program/run-cli.js';

const providers = [
  mockImageProvider('Painter', { label: 'Painter Images', modelAliases: { quick: 'mock-image' } }),
  mockTextProvider('Talker', 'hi', { needsAuth: true }),
  defineMockProvider({ name: 'Retired', working: false, defaultModel: 'old', models: ['old'], respond: () => [] }),
];

function setup() {
  const io = memoryIo();
  return { io, run: (...argv: string[]) => runCli(argv, { io, services: fakeServices(providers) }) };
}

describe('g4f-kit providers', () => {
  it('prints a table of every registered provider', async () => {
    const { io, run } = setup();
    expect(await run('providers')).toBe(0);
    const lines = io.stdout.text.split('\n');
    expect(lines[1]).toMatch(/│ Name\s+│ Label\s+│ Working │ Needs auth │ Models │ URL\s+│/);
    expect(io.stdout.text).toMatch(/│ Painter\s+│ Painter Images │ yes\s+│ no\s+│\s+1 │ https:\/\/mock\.invalid │/);
    expect(io.stdout.text).toMatch(/│ Talker\s+│ Talker\s+│ yes\s+│ yes\s+│\s+1 │/);
    expect(io.stdout.text).toMatch(/│ Retired\s+│ Retired\s+│ no\s+│ no\s+│\s+1 │/);
    expect(io.stdout.text).not.toContain('\u001b[');
  });

  it('prints JSON with --json', async () => {
    const { io, run } = setup();
    expect(await run('providers', '--json')).toBe(0);
    const rows = JSON.parse(io.stdout.text) as Array<{ name: string; working: boolean; models: number }>;
    expect(rows.map((row) => [row.name, row.working, row.models])).toEqual([
      ['Painter', true, 1],
      ['Talker', true, 1],
      ['Retired', false, 1],
    ]);
  });
});

describe('g4f-kit models', () => {
  it('prints a table of model, providers and kind', async () => {
    const { io, run } = setup();
    expect(await run('models')).toBe(0);
    expect(io.stdout.text).toMatch(/│ Model\s+│ Provider\(s\) │ Kind\s+│/);
    expect(io.stdout.text).toMatch(/│ mock-image\s+│ Painter\s+│ image │/);
    expect(io.stdout.text).toMatch(/│ quick\s+│ Painter\s+│ image │/);
    expect(io.stdout.text).toMatch(/│ mock-chat\s+│ Talker\s+│ text\s+│/);
  });

  it("lists one provider's models with --provider, as JSON with --json", async () => {
    const { io, run } = setup();
    expect(await run('models', '--provider', 'talker', '--json')).toBe(0);
    expect(JSON.parse(io.stdout.text)).toEqual([{ model: 'mock-chat', providers: ['Talker'], kind: 'text' }]);
  });

  it('names the registered providers for an unknown --provider, with exit code 2', async () => {
    const { io, run } = setup();
    expect(await run('models', '--provider', 'Nope')).toBe(2);
    expect(io.stderr.text).toBe(
      'g4f-kit: Provider not found: "Nope". Registered providers: Painter, Talker, Retired\n',
    );
  });
});
