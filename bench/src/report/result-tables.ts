import type { BenchResults } from './bench-results.js';
import { fmt, type Table } from './format.js';

const IMPL_NAMES: Record<string, string> = {
  client: 'client → registry → ARTA → HttpClient (URL answer)',
  'client-b64': 'the same, answered as base64 (downloads the image)',
  baseline: 'hand-written: global fetch',
  'baseline-undici': "hand-written: undici's request()",
  'baseline-dispatch': "hand-written: undici's Dispatcher.dispatch()",
};

const PATH_NAMES: Record<string, string> = {
  arta: 'ARTA',
  fluxDev: 'FluxDev (G4F flux)',
  janusImage: 'Janus image',
  fluxSchnell: 'flux-schnell',
};

/** One table per part that ran, shared by the console summary and docs/performance.md. */
export function resultTables(results: BenchResults): Table[] {
  const { overhead, timeToImage, economy, scale, server } = results.parts;
  const tables: Table[] = [];
  if (overhead) {
    tables.push({
      title: 'Part 1: overhead against the limit (ARTA, generation time 0)',
      headers: ['implementation', 'concurrency', 'per-image time p50 (ms)', 'CPU per image (ms)', 'images/s', 'errors'],
      rows: overhead.cells.map((cell) => [
        IMPL_NAMES[cell.impl] ?? cell.impl,
        String(cell.concurrency),
        fmt(cell.latencyP50Ms),
        fmt(cell.cpuMsPerImage, 2),
        fmt(cell.imagesPerSecond, 0),
        String(cell.errors),
      ]),
    });
    tables.push({
      title: 'Part 1: warm-up (CPU per image of each round of 640 generations at concurrency 64, ms)',
      headers: ['implementation', 'concurrency', 'rounds, first to last'],
      rows: overhead.cells
        .filter((cell) => (cell.warmupCpuMsPerImage ?? []).length > 0)
        .map((cell) => [
          IMPL_NAMES[cell.impl] ?? cell.impl,
          String(cell.concurrency),
          (cell.warmupCpuMsPerImage ?? []).map((cpu) => fmt(cpu, 2)).join(' → '),
        ]),
    });
    tables.push({
      title: 'Part 1: ratios (client ÷ hand-written global fetch)',
      headers: ['concurrency', 'per-image time ratio', 'CPU ratio'],
      rows: Object.keys(overhead.wallRatio).map((concurrency) => [
        concurrency,
        fmt(overhead.wallRatio[concurrency], 3),
        fmt(overhead.cpuRatio[concurrency], 2),
      ]),
    });
  }
  if (timeToImage) {
    tables.push({
      title: 'Part 2: time to image',
      headers: [
        'path',
        'upstream time (s)',
        'delay after upstream finished p50 (ms)',
        'max (ms)',
        'call → image p50 (ms)',
        'status polls / image',
        'upstream requests / image',
        'errors',
      ],
      rows: timeToImage.map((cell) => [
        PATH_NAMES[cell.path] ?? cell.path,
        fmt(cell.generationMs / 1000, 1),
        fmt(cell.delayP50Ms),
        fmt(cell.delayMaxMs, 0),
        fmt(cell.latencyP50Ms),
        cell.path === 'arta' ? fmt(cell.pollsPerImage, 1) : '–',
        fmt(cell.requestsPerImage, 1),
        String(cell.errors),
      ]),
    });
  }
  if (economy) {
    tables.push({
      title: `Part 3: upstream economy (bursts of ${economy.burst}; median, every run listed in results.json)`,
      headers: ['what', 'requests per burst', 'runs'],
      rows: [
        [
          'Firebase sign-ups, empty auth store',
          fmt(economy.signUps, 0),
          runsOf(economy.runs.map((run) => run.signUps)),
        ],
        [
          'Firebase refreshes past half-life',
          fmt(economy.refreshes, 0),
          runsOf(economy.runs.map((run) => run.refreshes)),
        ],
        [
          'Firebase sign-ups past half-life',
          fmt(economy.signUpsAfterHalfLife, 0),
          runsOf(economy.runs.map((run) => run.signUpsAfterHalfLife)),
        ],
        [
          'ZeroGPU token fetches, FluxDev',
          fmt(economy.zeroGpuFetches, 0),
          runsOf(economy.runs.map((run) => run.zeroGpuFetches)),
        ],
        ['failed generations', fmt(economy.errors, 0), runsOf(economy.runs.map((run) => run.errors))],
      ],
    });
  }
  if (scale) {
    tables.push({
      title: 'Part 4: scale (upstream time 1 s, all started at once, one client)',
      headers: [
        'path',
        'in flight',
        'images/s',
        'latency p50 (ms)',
        'p99 (ms)',
        'peak RSS (MiB)',
        'event-loop delay p99 (ms)',
        'longest stall (ms)',
        'CPU / image (ms)',
        'errors',
      ],
      rows: scale.map((cell) => [
        PATH_NAMES[cell.path] ?? cell.path,
        String(cell.inFlight),
        fmt(cell.imagesPerSecond, 0),
        fmt(cell.latencyP50Ms, 0),
        fmt(cell.latencyP99Ms, 0),
        fmt(cell.peakRssMiB),
        fmt(cell.eventLoopDelayP99Ms),
        fmt(cell.eventLoopDelayMaxMs, 0),
        fmt(cell.cpuMsPerImage, 2),
        String(cell.errors),
      ]),
    });
  }
  if (server) {
    const inProcess = overhead?.cells.find((cell) => cell.impl === 'client-b64' && cell.concurrency === 64);
    tables.push({
      title: `Part 5: server (POST /v1/images/generations, ${server.connections} connections, ARTA, upstream time 0)`,
      headers: [
        'what',
        'requests/s',
        'latency p50 (ms)',
        'p99 (ms)',
        'CPU per request (ms)',
        'peak RSS (MiB)',
        'errors',
      ],
      rows: [
        [
          'server process (b64_json answers)',
          fmt(server.requestsPerSecond, 0),
          fmt(server.latencyP50Ms, 0),
          fmt(server.latencyP99Ms, 0),
          fmt(server.cpuMsPerRequest, 2),
          fmt(server.peakRssMiB),
          String(server.errors),
        ],
        ...(inProcess
          ? [
              [
                'part 1 in-process client, base64 answers, concurrency 64',
                fmt(inProcess.imagesPerSecond, 0),
                fmt(inProcess.latencyP50Ms, 0),
                '–',
                fmt(inProcess.cpuMsPerImage, 2),
                '–',
                String(inProcess.errors),
              ],
            ]
          : []),
      ],
    });
  }
  return tables;
}

export function targetTable(results: BenchResults): Table {
  return {
    title: 'Targets',
    headers: ['part', 'target', 'measured', 'limit', 'result'],
    rows: results.targets.map((target) => [
      String(target.part),
      target.name,
      `${fmt(target.value, target.digits)}${target.unit === '' ? '' : ` ${target.unit}`}`,
      target.limit,
      target.pass ? 'PASS' : 'MISS',
    ]),
  };
}

function runsOf(values: number[]): string {
  return values.join(', ');
}
