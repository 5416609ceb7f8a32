import type { EmulatorConfig, JobCompletion, RouteCounts } from '@g4f-kit/emulator';

/**
 * The emulator's admin API (`/__emulator/...`), for a benchmark whose
 * emulator runs in another process. Plain fetch over loopback, outside the
 * code under test.
 */
export class EmulatorAdmin {
  constructor(readonly adminUrl: string) {}

  counters(): Promise<RouteCounts> {
    return this.#call('GET', 'counters');
  }

  configure(patch: Partial<EmulatorConfig>): Promise<EmulatorConfig> {
    return this.#call('POST', 'configure', patch);
  }

  /** Zeroes the counters and forgets the recorded completions. */
  async reset(): Promise<void> {
    await this.#call('POST', 'reset');
  }

  /** Jobs finished at or after `since` (epoch ms), and the emulator's clock now. */
  completions(since?: number): Promise<{ now: number; completions: JobCompletion[] }> {
    return this.#call('GET', since === undefined ? 'completions' : `completions?since=${since}`);
  }

  async #call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.adminUrl}/${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`emulator admin ${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  }
}
