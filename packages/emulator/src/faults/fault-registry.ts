import { isRouteName, type RouteName } from '../server/route-names.js';
import { DOMAIN_FAULT_ROUTES, type Fault, faultKind } from './fault.js';

interface ArmedFault {
  readonly fault: Fault;
  remaining: number;
}

/**
 * Faults per route, consumed in order: each request to a route takes the
 * first armed fault (decrementing its `times`; at zero it heals and the next
 * one, if any, applies).
 */
export class FaultRegistry {
  private readonly armed = new Map<RouteName, ArmedFault[]>();

  /** Replaces the route's faults with this one (or this list, applied in order). */
  set(route: RouteName, fault: Fault | readonly Fault[]): void {
    const list = (Array.isArray(fault) ? fault : [fault]) as readonly Fault[];
    this.armed.set(
      checkRoute(route),
      list.map((item) => arm(route, item)),
    );
  }

  /** Appends a fault after the route's current ones. */
  add(route: RouteName, fault: Fault): void {
    const list = this.armed.get(checkRoute(route)) ?? [];
    list.push(arm(route, fault));
    this.armed.set(route, list);
  }

  /** Removes the faults of one route, or of every route. */
  clear(route?: RouteName): void {
    if (route === undefined) this.armed.clear();
    else this.armed.delete(checkRoute(route));
  }

  /** The faults still armed, with what is left of each `times`. */
  list(): Partial<Record<RouteName, Fault[]>> {
    const out: Partial<Record<RouteName, Fault[]>> = {};
    for (const [route, list] of this.armed) {
      if (list.length > 0) {
        out[route] = list.map(({ fault, remaining }) =>
          Number.isFinite(remaining) ? { ...fault, times: remaining } : { ...fault },
        );
      }
    }
    return out;
  }

  /** Consumes and returns the fault that applies to this request, if any. */
  take(route: RouteName): Fault | undefined {
    const list = this.armed.get(route);
    const first = list?.[0];
    if (!list || !first) return undefined;
    first.remaining -= 1;
    if (first.remaining <= 0) list.shift();
    if (list.length === 0) this.armed.delete(route);
    return first.fault;
  }
}

function checkRoute(route: string): RouteName {
  if (!isRouteName(route)) throw new TypeError(`Unknown emulator route: ${route}`);
  return route;
}

function arm(route: RouteName, fault: Fault): ArmedFault {
  const kind = faultKind(fault);
  const routes = DOMAIN_FAULT_ROUTES[kind];
  if (routes && !routes.includes(route)) {
    throw new TypeError(`The ${kind} fault applies to ${routes.join(', ')}, not ${route}`);
  }
  const times = fault.times ?? Number.POSITIVE_INFINITY;
  if (!(times > 0)) throw new TypeError(`Fault times must be a positive number, got ${String(fault.times)}`);
  return { fault, remaining: times };
}
