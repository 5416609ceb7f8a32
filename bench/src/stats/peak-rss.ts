/** Samples resident memory every `intervalMs` and keeps the highest, next to the kernel's own peak (maxRSS). */
export interface RssSampler {
  /** Highest sampled RSS in MiB since start. */
  stop(): { sampledPeakMiB: number; maxRssMiB: number };
}

const MIB = 1024 * 1024;

export function sampleRss(intervalMs = 20): RssSampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      // resourceUsage().maxRSS is in KiB: the process's peak so far, the kernel's figure.
      return { sampledPeakMiB: peak / MIB, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
    },
  };
}
