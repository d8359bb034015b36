/** Timing and memory helpers for the benchmark. */

export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

export interface Sample {
  p50: number;
  p95: number;
  n: number;
}

/** Runs `fn` on each input until all are done or `budgetMs` is spent; p50/p95 of what ran. */
export function sample<T>(inputs: T[], fn: (input: T) => unknown, budgetMs = 15_000): Sample {
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (const input of inputs) {
    times.push(timed(() => fn(input)).ms);
    if (performance.now() > deadline) break;
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), n: times.length };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Heap and RSS in MB after a full collection (node must run with --expose-gc). */
export function memory(): { heapMb: number; rssMb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heapMb: m.heapUsed / 1048576, rssMb: m.rss / 1048576 };
}
