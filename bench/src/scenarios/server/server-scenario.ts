import autocannon from 'autocannon';
import type { BenchContext } from '../../bench-context.js';
import { median } from '../../stats/percentile.js';
import { startServerProcess } from './server-process.js';

export interface ServerRun {
  requests: number;
  non2xx: number;
  errors: number;
  durationMs: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Server process CPU (user + system) per answered request. */
  cpuMsPerRequest: number;
  /** Emulator process CPU per request (from /proc), for scale. */
  emulatorCpuMsPerRequest: number;
}

export interface ServerResult {
  connections: number;
  requestsPerRun: number;
  runs: ServerRun[];
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  cpuMsPerRequest: number;
  peakRssMiB: number;
  errors: number;
}

const BODY = JSON.stringify({ model: 'flux', provider: 'ARTA', prompt: 'a lighthouse at dawn, watercolor' });

/**
 * Part 5: POST /v1/images/generations through @g4f-kit/server in a child
 * process, 64 concurrent autocannon connections from this (the orchestrator)
 * process, upstream generation time 0, b64_json answers (the server's
 * default: one image download per request).
 */
export async function runServer(context: BenchContext): Promise<ServerResult> {
  const connections = 64;
  const requestsPerRun = connections * 12;
  await context.emulator.admin.configure({ artaGenerationTimeMs: 0, artaQueueTimeMs: 0 });
  const server = await startServerProcess(context.scripts.server, context.address, context.childExecArgv);
  try {
    const url = `${server.url}/v1/images/generations`;
    context.log(`  part 5: server at ${server.url}, warm-up`);
    await load(url, connections, connections * 6);
    const runs: ServerRun[] = [];
    const count = context.quick ? 3 : 5;
    for (let run = 0; run < count; run += 1) {
      context.log(`  part 5: run ${run + 1}/${count} (${requestsPerRun} requests, ${connections} connections)`);
      const before = await server.usage();
      const emulatorBefore = context.emulator.cpuMs();
      const result = await load(url, connections, requestsPerRun);
      const after = await server.usage();
      const emulatorAfter = context.emulator.cpuMs();
      const answered = result['2xx'];
      runs.push({
        requests: answered,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        durationMs: result.duration * 1000,
        requestsPerSecond: (answered * 1000) / (result.duration * 1000),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        cpuMsPerRequest: (after.cpuMs - before.cpuMs) / Math.max(1, answered),
        emulatorCpuMsPerRequest: (emulatorAfter - emulatorBefore) / Math.max(1, answered),
      });
    }
    const usage = await server.usage();
    return {
      connections,
      requestsPerRun,
      runs,
      requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
      latencyP50Ms: median(runs.map((run) => run.latencyP50Ms)),
      latencyP99Ms: median(runs.map((run) => run.latencyP99Ms)),
      cpuMsPerRequest: median(runs.map((run) => run.cpuMsPerRequest)),
      peakRssMiB: usage.maxRssMiB,
      errors: runs.reduce((total, run) => total + run.errors + run.non2xx, 0),
    };
  } finally {
    await server.stop();
  }
}

/** A bounded autocannon run: exactly `amount` requests over `connections` keep-alive connections, then it stops. */
function load(url: string, connections: number, amount: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
    connections,
    amount,
    timeout: 30,
  });
}
