/** Watches this thread's event loop: every turn it missed, with when, so the longest wait in any stretch of time can be read off. */
export class LoopMonitor {
  private readonly gaps: Array<{ at: number; ms: number }> = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = 0;

  constructor(private readonly everyMs = 2) {}

  start(): void {
    this.last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      const late = now - this.last - this.everyMs;
      if (late > 1) this.gaps.push({ at: now, ms: late });
      this.last = now;
    }, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The longest wait that ended within [from, to] (performance.now() times). */
  maxBetween(from: number, to: number): number {
    let max = 0;
    for (const g of this.gaps) if (g.at >= from && g.at - g.ms <= to) max = Math.max(max, g.ms);
    return max;
  }
}
