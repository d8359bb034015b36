/** Watches this thread's event loop: every turn it missed, with when, so the longest wait in any stretch of time can be read off. */
export class LoopMonitor {
  private readonly gaps: Array<{ from: number; ms: number }> = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = 0;

  constructor(private readonly everyMs = 2) {}

  start(): void {
    this.last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      const late = now - this.last - this.everyMs;
      if (late > 1) this.gaps.push({ from: this.last, ms: late });
      this.last = now;
    }, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The longest wait that began within [from, to) (performance.now() times): what the work of that stretch held up. */
  maxBetween(from: number, to: number): number {
    let max = 0;
    for (const g of this.gaps) if (g.from >= from && g.from < to) max = Math.max(max, g.ms);
    return max;
  }
}
