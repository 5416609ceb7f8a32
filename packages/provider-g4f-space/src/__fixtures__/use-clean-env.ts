import { afterEach, beforeEach, vi } from 'vitest';

/** Keeps a developer's own HF_TOKEN out of the tests. */
export function useCleanEnv(): void {
  beforeEach(() => {
    vi.stubEnv('HF_TOKEN', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
}
