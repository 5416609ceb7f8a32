import type { BenchResults } from './bench-results.js';

export interface TargetResult {
  part: number;
  name: string;
  value: number;
  unit: string;
  /** e.g. "≤ 1.10". */
  limit: string;
  /** Decimals to print. */
  digits: number;
  pass: boolean;
}

type Parts = BenchResults['parts'];

/** The definition of done, checked against what was measured (only for the parts that ran). */
export function evaluateTargets(parts: Parts): TargetResult[] {
  return [...overheadTargets(parts), ...timeToImageTargets(parts), ...economyTargets(parts), ...scaleTargets(parts)];
}

const atMost = (part: number, name: string, value: number, limit: number, unit: string): TargetResult => ({
  part,
  name,
  value,
  unit,
  limit: `≤ ${limit < 10 ? limit.toFixed(2) : limit}`,
  digits: unit === '×' ? 3 : limit < 10 && unit === 'ms' ? 2 : 1,
  pass: value <= limit,
});

const below = (part: number, name: string, value: number, limit: number, unit: string): TargetResult => ({
  part,
  name,
  value,
  unit,
  limit: `< ${limit}`,
  digits: 1,
  pass: value < limit,
});

const exactly = (part: number, name: string, values: number[], expected: number): TargetResult => ({
  part,
  name,
  value: values.find((value) => value !== expected) ?? expected,
  unit: '',
  limit: `= ${expected} in every run`,
  digits: 0,
  pass: values.every((value) => value === expected),
});

function overheadTargets({ overhead }: Parts): TargetResult[] {
  if (!overhead) return [];
  const client64 = overhead.cells.find((cell) => cell.impl === 'client' && cell.concurrency === 64);
  return [
    ...Object.entries(overhead.wallRatio).map(([concurrency, ratio]) =>
      atMost(
        1,
        `overhead ratio (client ÷ hand-written fetch, per-image time), concurrency ${concurrency}`,
        ratio,
        1.1,
        '×',
      ),
    ),
    ...(client64
      ? [atMost(1, 'CPU per ARTA generation through the client (concurrency 64)', client64.cpuMsPerImage, 0.5, 'ms')]
      : []),
  ];
}

const PATH_NAMES: Record<string, string> = {
  arta: 'ARTA',
  fluxDev: 'FluxDev',
  janusImage: 'Janus image',
  fluxSchnell: 'flux-schnell',
};

function timeToImageTargets({ timeToImage }: Parts): TargetResult[] {
  if (!timeToImage) return [];
  const targets: TargetResult[] = [];
  for (const cell of timeToImage) {
    const path = PATH_NAMES[cell.path] ?? cell.path;
    if (cell.generationMs === 1000 || cell.generationMs === 3000) {
      targets.push(
        atMost(
          2,
          `${path} at ${cell.generationMs / 1000} s: median delay after the upstream finishes`,
          cell.delayP50Ms,
          250,
          'ms',
        ),
      );
    }
    if (cell.path === 'arta' && cell.generationMs === 3000) {
      targets.push(atMost(2, 'ARTA at 3 s: status polls per image', cell.pollsPerImage, 12, ''));
    }
    if (cell.path === 'fluxSchnell' && cell.generationMs === 0) {
      targets.push(
        atMost(2, 'flux-schnell at 0 s: median time to image ("well under 0.2 s")', cell.latencyP50Ms, 100, 'ms'),
      );
    }
    if (cell.errors > 0) targets.push(exactly(2, `${path} at ${cell.generationMs / 1000} s: errors`, [cell.errors], 0));
  }
  return targets;
}

function economyTargets({ economy }: Parts): TargetResult[] {
  if (!economy) return [];
  const runs = economy.runs;
  const burst = economy.burst;
  return [
    exactly(
      3,
      `sign-ups for ${burst} concurrent ARTA generations, empty auth store`,
      runs.map((run) => run.signUps),
      1,
    ),
    exactly(
      3,
      `refreshes for ${burst} ARTA generations past the token's half-life`,
      runs.map((run) => run.refreshes),
      1,
    ),
    exactly(
      3,
      `sign-ups for that burst (the refresh must suffice)`,
      runs.map((run) => run.signUpsAfterHalfLife),
      0,
    ),
    exactly(
      3,
      `ZeroGPU token fetches for ${burst} concurrent FluxDev generations`,
      runs.map((run) => run.zeroGpuFetches),
      1,
    ),
    exactly(
      3,
      'failed generations in the bursts',
      runs.map((run) => run.errors),
      0,
    ),
  ];
}

function scaleTargets({ scale }: Parts): TargetResult[] {
  if (!scale) return [];
  const targets: TargetResult[] = [];
  for (const cell of scale.filter((candidate) => candidate.inFlight === 1000)) {
    const what = `1000 ${PATH_NAMES[cell.path] ?? cell.path} in flight`;
    targets.push(
      below(4, `${what}: peak RSS`, cell.peakRssMiB, 200, 'MiB'),
      below(4, `${what}: event-loop delay p99`, cell.eventLoopDelayP99Ms, 50, 'ms'),
      exactly(
        4,
        `${what}: errors`,
        cell.runs.map((run) => run.errors),
        0,
      ),
    );
  }
  return targets;
}
