import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCookiesDir } from './default-cookies-dir.js';

describe('defaultCookiesDir', () => {
  let cwd: string;
  const home = join(tmpdir(), 'some-home');

  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'g4f-kit-cookies-'));
  });
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('uses ./har_and_cookies, as an absolute path, when that folder exists', async () => {
    await mkdir(join(cwd, 'har_and_cookies'));
    expect(defaultCookiesDir(cwd, home)).toBe(join(cwd, 'har_and_cookies'));
  });

  it('falls back to ~/.g4f-kit/cookies when it does not', () => {
    expect(defaultCookiesDir(cwd, home)).toBe(join(home, '.g4f-kit', 'cookies'));
  });

  it('ignores a file that happens to be called har_and_cookies', async () => {
    await writeFile(join(cwd, 'har_and_cookies'), 'not a folder');
    expect(defaultCookiesDir(cwd, home)).toBe(join(home, '.g4f-kit', 'cookies'));
  });
});
