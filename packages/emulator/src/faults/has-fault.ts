import type { Fault } from './fault.js';

type FlagName = 'failJob' | 'gpuQuota' | 'endWithoutCompleted' | 'resetMidStream' | 'malformed' | 'hang';

/** True when the request drew a fault of this (flag) kind. */
export function hasFault(fault: Fault | undefined, flag: FlagName): boolean {
  return fault !== undefined && (fault as unknown as Record<string, unknown>)[flag] === true;
}
