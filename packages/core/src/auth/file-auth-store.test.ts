import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { captureLogs } from '../testing/capture-logs.js';
import { authFileName } from './auth-file-name.js';
import { FileAuthStore } from './file-auth-store.js';

const SECRET = 'eyJhbGciOiJSUzI1NiJ9.super-secret-id-token';

const tokenSchema = z.object({ idToken: z.string(), expiresAt: z.number() });

const isPosix = process.platform !== 'win32';

describe('FileAuthStore', () => {
  let root: string;
  let directory: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'g4f-kit-auth-'));
    // A folder that does not exist yet, so the store has to create it.
    directory = join(root, 'cookies');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('round-trips a value through auth_<key>.json', async () => {
    const store = new FileAuthStore({ directory });
    const token = { idToken: SECRET, expiresAt: 1_700_000_000_000 };
    await store.write('ARTA', token);

    expect(await store.read('ARTA', tokenSchema)).toEqual(token);
    expect(JSON.parse(await readFile(join(directory, 'auth_ARTA.json'), 'utf8'))).toEqual(token);
  });

  it('reads a key that was never written as undefined, without creating anything', async () => {
    const store = new FileAuthStore({ directory });
    expect(await store.read('ARTA', tokenSchema)).toBeUndefined();
    await expect(stat(directory)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.runIf(isPosix)('keeps the file readable by its owner only (0600) in a 0700 folder', async () => {
    const store = new FileAuthStore({ directory });
    await store.write('ARTA', { idToken: SECRET, expiresAt: 1 });
    expect((await stat(join(directory, 'auth_ARTA.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
  });

  it('leaves no temporary files behind', async () => {
    const store = new FileAuthStore({ directory });
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => store.write('ARTA', { idToken: `t${index}`, expiresAt: index })),
    );
    await store.write('Other', { idToken: 'x', expiresAt: 1 });
    expect((await readdir(directory)).sort()).toEqual(['auth_ARTA.json', 'auth_Other.json']);
  });

  it('removes its temporary file when the rename fails, and reports the failure', async () => {
    const store = new FileAuthStore({ directory });
    // A folder where the file should be makes the final rename fail.
    await mkdir(join(directory, 'auth_ARTA.json'), { recursive: true });
    await expect(store.write('ARTA', { idToken: SECRET, expiresAt: 1 })).rejects.toThrow();
    expect(await readdir(directory)).toEqual(['auth_ARTA.json']);
  });

  it('treats a corrupt file as absent, warns without its contents, and lets the next write replace it', async () => {
    const logs = captureLogs();
    const store = new FileAuthStore({ directory, logger: logs.logger });
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'auth_ARTA.json'), `{"idToken": "${SECRET}", "expiresAt": 17`);

    expect(await store.read('ARTA', tokenSchema)).toBeUndefined();
    const warnings = logs.records().filter((record) => record.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ key: 'ARTA', file: join(directory, 'auth_ARTA.json') });
    expect(logs.text).not.toContain(SECRET);
    expect(logs.text).not.toContain('super-secret');

    await store.write('ARTA', { idToken: 'fresh', expiresAt: 2 });
    expect(await store.read('ARTA', tokenSchema)).toEqual({ idToken: 'fresh', expiresAt: 2 });
  });

  it('treats a file that fails the schema as absent and names the fields, not the values', async () => {
    const logs = captureLogs();
    const store = new FileAuthStore({ directory, logger: logs.logger });
    await store.write('ARTA', { idToken: SECRET, expiresAt: 'tomorrow' });

    expect(await store.read('ARTA', tokenSchema)).toBeUndefined();
    const [warning] = logs.records().filter((record) => record.level === 40);
    expect(warning).toMatchObject({ key: 'ARTA', fields: ['expiresAt'] });
    expect(logs.text).not.toContain(SECRET);
    expect(logs.text).not.toContain('tomorrow');
  });

  it('serialises 50 concurrent writes of one key: the file is whole and holds the last one issued', async () => {
    const store = new FileAuthStore({ directory });
    const values = Array.from({ length: 50 }, (_, index) => ({ idToken: `token-${index}`, expiresAt: index }));
    await Promise.all(values.map((value) => store.write('ARTA', value)));

    const text = await readFile(join(directory, 'auth_ARTA.json'), 'utf8');
    expect(values).toContainEqual(JSON.parse(text));
    expect(JSON.parse(text)).toEqual(values[49]);
  });

  it('never tears a file when separate stores (like separate processes) write at once', async () => {
    const stores = Array.from({ length: 5 }, () => new FileAuthStore({ directory }));
    const values = Array.from({ length: 50 }, (_, index) => ({
      idToken: `token-${index}-${'x'.repeat(2000)}`,
      expiresAt: index,
    }));
    const reads: Array<unknown> = [];
    const writing = Promise.all(values.map((value, index) => stores[index % stores.length]?.write('ARTA', value)));
    // Read while the writes are landing; every read must see a whole document.
    while (reads.length < 50) reads.push(await stores[0]?.read('ARTA', tokenSchema));
    await writing;

    for (const read of reads) if (read !== undefined) expect(values).toContainEqual(read);
    expect(values).toContainEqual(await stores[0]?.read('ARTA', tokenSchema));
    expect(await readdir(directory)).toEqual(['auth_ARTA.json']);
  });

  it('runs writes and deletes of one key in call order', async () => {
    const store = new FileAuthStore({ directory });
    const writing = store.write('ARTA', { idToken: 'a', expiresAt: 1 });
    const deleting = store.delete('ARTA');
    await Promise.all([writing, deleting]);
    expect(await store.read('ARTA', tokenSchema)).toBeUndefined();

    const deleteFirst = store.delete('ARTA');
    const writeAfter = store.write('ARTA', { idToken: 'b', expiresAt: 2 });
    await Promise.all([deleteFirst, writeAfter]);
    expect(await store.read('ARTA', tokenSchema)).toEqual({ idToken: 'b', expiresAt: 2 });
  });

  it('keeps going after failed writes: a write queued behind failures still runs', async () => {
    const store = new FileAuthStore({ directory });
    await mkdir(join(directory, 'auth_ARTA.json'), { recursive: true });
    const failures = [
      store.write('ARTA', { idToken: 'a', expiresAt: 1 }),
      store.write('ARTA', { idToken: 'b', expiresAt: 2 }),
    ];
    for (const failure of failures) await expect(failure).rejects.toThrow();
    await rm(join(directory, 'auth_ARTA.json'), { recursive: true });

    await store.write('ARTA', { idToken: 'c', expiresAt: 3 });
    expect(await store.read('ARTA', tokenSchema)).toEqual({ idToken: 'c', expiresAt: 3 });
  });

  it('deletes a stored key, and deleting an absent one is not an error', async () => {
    const store = new FileAuthStore({ directory });
    await store.write('ARTA', { idToken: 'a', expiresAt: 1 });
    await store.delete('ARTA');
    await store.delete('ARTA');
    expect(await readdir(directory)).toEqual([]);
  });

  it('keeps keys inside its folder whatever characters they contain', async () => {
    const store = new FileAuthStore({ directory });
    expect(authFileName('../../etc/passwd')).toBe('auth_.._.._etc_passwd.json');
    expect(dirname(store.pathOf('../../etc/passwd'))).toBe(directory);
    await store.write('a/b c', { idToken: 'a', expiresAt: 1 });
    expect(await readdir(directory)).toEqual(['auth_a_b_c.json']);
    expect(await store.read('a/b c', tokenSchema)).toEqual({ idToken: 'a', expiresAt: 1 });
  });

  it('refuses a value JSON cannot represent instead of writing "undefined"', async () => {
    const store = new FileAuthStore({ directory });
    await expect(store.write('ARTA', undefined)).rejects.toThrow(TypeError);
    await expect(stat(directory)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports an entry it cannot read at all, rather than calling it absent', async () => {
    const store = new FileAuthStore({ directory });
    await mkdir(join(directory, 'auth_ARTA.json'), { recursive: true });
    await expect(store.read('ARTA', tokenSchema)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
