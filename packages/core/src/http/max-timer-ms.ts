/**
 * Node fires a timer longer than 2^31 - 1 ms after 1 ms instead, so longer
 * waits are clamped to this.
 */
export const MAX_TIMER_MS = 2_147_483_647;
