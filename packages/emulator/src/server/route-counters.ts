import { ROUTE_NAMES, type RouteName } from './route-names.js';

export type RouteCounts = Readonly<Record<RouteName, number>>;

/** How many requests each route received. */
export class RouteCounters {
  private counts = RouteCounters.zero();

  increment(route: RouteName): void {
    this.counts[route] += 1;
  }

  snapshot(): RouteCounts {
    return { ...this.counts };
  }

  reset(): void {
    this.counts = RouteCounters.zero();
  }

  private static zero(): Record<RouteName, number> {
    return Object.fromEntries(ROUTE_NAMES.map((name) => [name, 0])) as Record<RouteName, number>;
  }
}
