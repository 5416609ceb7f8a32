import type { Clock } from '@g4f-kit/core';

/** The system clock plus an offset the bench can move, so a token ages without waiting. */
export class ShiftedClock implements Clock {
  offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }
}
