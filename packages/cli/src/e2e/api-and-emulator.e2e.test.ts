import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eWorkspace, type E2eWorkspace } from '../__fixtures__/e2e-workspace.js';
import { readPngSize } from '../__fixtures__/png-info.js';
import { collect, finished, runCliProcess, spawnCli, waitForOutput } from '../__fixtures__/spawn-cli.js';

describe('g4f-kit api and emulator (spawned)', { timeout: 60_000 }, () => {
  let workspace: E2eWorkspace;
  beforeAll(async () => {
    workspace = await createE2eWorkspace();
  });
  afterAll(async () => {
    await workspace?.close();
  });

  it('api: prints its URL, answers GET /v1/models, and exits 0 on SIGTERM', async () => {
    const child = spawnCli(['api', '--port', '0'], workspace.dir);
    const output = collect(child);
    const done = finished(child, output);
    const [url] = await waitForOutput(child, output, /^http:\/\/127\.0\.0\.1:\d+$/m);
    const response = await fetch(`${url}/v1/models`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { object: string; data: Array<{ id: string }> };
    expect(body.object).toBe('list');
    expect(body.data.map((model) => model.id)).toEqual(expect.arrayContaining(['flux', 'janus-pro-7b']));
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(url);
    expect(result.stderr).toContain('Received SIGTERM');
  });

  it('emulator: prints its URLs and a providers block that works, and exits 0 on SIGINT', async () => {
    const child = spawnCli(['emulator', '--port', '0'], workspace.dir);
    const output = collect(child);
    const done = finished(child, output);
    const [, baseUrl] = await waitForOutput(child, output, /^g4f-kit emulator on (http:\/\/127\.0\.0\.1:\d+)$/m);
    await waitForOutput(child, output, /^}$/m);
    const stdout = output.stdout();
    expect(stdout).toContain(`  arta`);
    expect(stdout).toContain(`${baseUrl}/img-gen-prod.ai-arta.com`);
    expect(stdout).toContain(`space roxky/FLUX.1-dev`);
    const block = JSON.parse(stdout.slice(stdout.indexOf('{\n'))) as { providers: Record<string, unknown> };

    // The printed block, pasted into a config file, drives a real generation against that emulator.
    await writeFile(
      join(workspace.dir, 'pasted.json'),
      JSON.stringify({ mediaDir: './pasted', cookiesDir: './pasted-cookies', ...block }),
    );
    const image = await runCliProcess(
      ['--config', 'pasted.json', 'image', 'a fox', '--provider', 'ARTA'],
      workspace.dir,
    );
    expect(image.stderr).not.toContain('g4f-kit:');
    expect(image.code).toBe(0);
    expect(await readPngSize(image.stdout.trim())).toEqual({ width: 1024, height: 1024 });

    child.kill('SIGINT');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Received SIGINT');
  });
});
