import type { Fault } from '../faults/fault.js';
import type { EmulatorState } from './emulator-state.js';
import type { HttpExchange } from './http-exchange.js';

/** What a route handler gets: the exchange, shared state, the path captures and the fault drawn. */
export interface RouteContext {
  readonly ex: HttpExchange;
  readonly state: EmulatorState;
  /** The route pattern's capture groups, decoded. */
  readonly params: readonly string[];
  readonly fault: Fault | undefined;
}

export type RouteHandler = (ctx: RouteContext) => Promise<void>;
