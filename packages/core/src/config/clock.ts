/** Time source; tests inject a fake one to move token expiry along. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
