const TEN_MINUTES_MS = 10 * 60 * 1000;

/**
 * The `expiration` query value of the ZeroGPU jwt endpoint: now + 10 minutes
 * as an ISO 8601 UTC time with millisecond precision, written `+00:00` like
 * Python's `isoformat()` (what g4f sends).
 */
export function jwtExpiration(nowMs: number): string {
  return new Date(nowMs + TEN_MINUTES_MS).toISOString().replace(/Z$/, '+00:00');
}
