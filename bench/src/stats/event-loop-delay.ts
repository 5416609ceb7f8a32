import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface EventLoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface EventLoopDelayMonitor {
  stop(): EventLoopDelay;
}

/** perf_hooks' event-loop delay histogram at `resolutionMs`, from now until `stop()`. */
export function monitorDelay(resolutionMs = 5): EventLoopDelayMonitor {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      const ms = (ns: number) => ns / 1e6;
      return { p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) };
    },
  };
}
