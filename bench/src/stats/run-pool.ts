/**
 * Runs `total` tasks with at most `concurrency` in flight, each timed from
 * its own start; resolves with every latency (ms) and every error. Bounded:
 * it stops after `total` tasks.
 */
export async function runPool(
  total: number,
  concurrency: number,
  task: (index: number) => Promise<unknown>,
): Promise<{ latenciesMs: number[]; errors: unknown[] }> {
  const latenciesMs: number[] = [];
  const errors: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next;
      next += 1;
      const started = performance.now();
      try {
        await task(index);
        latenciesMs.push(performance.now() - started);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { latenciesMs, errors };
}
