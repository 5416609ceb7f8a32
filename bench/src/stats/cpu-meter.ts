/** Wall time and this process's CPU time (user + system, every thread) over a span. */
export interface Span {
  wallMs: number;
  cpuMs: number;
  userMs: number;
  systemMs: number;
}

export interface SpanMeter {
  stop(): Span;
}

/** Starts measuring now; `stop()` returns what was spent since. */
export function startSpan(): SpanMeter {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  return {
    stop() {
      const cpu = process.cpuUsage(cpuStart);
      const userMs = cpu.user / 1000;
      const systemMs = cpu.system / 1000;
      return { wallMs: performance.now() - wallStart, cpuMs: userMs + systemMs, userMs, systemMs };
    },
  };
}
