/**
 * The file a key is kept in: `auth_<key>.json`, g4f's name, so a cookies
 * folder shared with g4f reads the same way. Characters outside
 * `[A-Za-z0-9_.-]` become `_`, which keeps a key from reaching another folder
 * (`../x`) or producing a name the file system rejects.
 */
export function authFileName(key: string): string {
  return `auth_${key.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`;
}
