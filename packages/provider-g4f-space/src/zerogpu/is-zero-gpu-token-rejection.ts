const REJECTION = /zero-?gpu token[^.]*\b(invalid|expired)|invalid zero-?gpu token|x-zerogpu-token/i;

/** Whether a Space's error says it did not accept the ZeroGPU token it was sent. */
export function isZeroGpuTokenRejection(message: string): boolean {
  return REJECTION.test(message);
}
