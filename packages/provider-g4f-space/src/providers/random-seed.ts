import { randomInt } from 'node:crypto';

/** A random integer seed in [min, max], both included. */
export function randomSeed(min: number, max: number): number {
  return randomInt(min, max + 1);
}
