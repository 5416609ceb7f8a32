import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The folder g4f users already keep HAR files and cookies in, next to where they run. */
const PROJECT_COOKIES_DIR = 'har_and_cookies';

/**
 * Where credentials live when nothing is configured: `./har_and_cookies` if
 * that folder exists (g4f's convention, so an existing setup keeps working),
 * else `~/.g4f-kit/cookies`. Synchronous because it runs once, at start-up.
 */
export function defaultCookiesDir(cwd: string = process.cwd(), home: string = homedir()): string {
  const projectDir = resolve(cwd, PROJECT_COOKIES_DIR);
  return isDirectory(projectDir) ? projectDir : join(home, '.g4f-kit', 'cookies');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // Missing, unreadable or not a folder: in every case it is not the one to use.
    return false;
  }
}
