/**
 * Rounds a side down to a multiple of `step`, never below `min`: g4f's
 * flux-schnell sizing (`max(32, w - w % 8)`), e.g. 777 -> 776, 20 -> 32.
 */
export function floorToMultiple(value: number, step = 8, min = 32): number {
  return Math.max(min, value - (value % step));
}
