/**
 * The first of `count` positions at which `before` is false, by binary search: `before` must hold
 * for a run of positions from the start and for none after it (where a value goes in sorted order).
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
