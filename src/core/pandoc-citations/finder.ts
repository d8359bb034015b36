/**
 * `indexOf` for scanners that only move forward: a needle that is not found once is never searched
 * for again, and a hit is reused while it lies ahead, so many unclosed openers stay linear.
 */
export class Finder {
  private readonly hits = new Map<string, number>();

  constructor(private readonly text: string) {}

  next(needle: string, from: number): number {
    const last = this.hits.get(needle);
    if (last !== undefined && (last === -1 || last >= from)) return last;
    const hit = this.text.indexOf(needle, from);
    this.hits.set(needle, hit);
    return hit;
  }
}
