import * as assert from 'node:assert/strict';

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Milliseconds one call takes: the least over many short windows. On a shared machine a window
 * is often preempted; the least disturbed one is the true cost, and a short window is more
 * likely to run undisturbed than a long one.
 */
export function timeOf(run: () => void, rounds = 9, windowMs = 4): number {
  // A collection of garbage that earlier work left is not this call's cost (mocha runs with --expose-gc).
  collectGarbage?.();
  run();
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < windowMs) {
      run();
      calls++;
      elapsed = performance.now() - start;
    }
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

const NOISE_MS = 0.2;

/**
 * Twice the input takes at most three times as long: linear work passes with room for noise,
 * quadratic work (four times) does not. No wall-clock threshold. The two sizes are timed in
 * turn, three times, and the trend must show in every turn to fail: one busy moment is not one.
 */
export function assertLinear(label: string, make: (n: number) => () => void, n: number): void {
  const small = make(n);
  const large = make(2 * n);
  const ratios: number[] = [];
  for (let turn = 0; turn < 3; turn++) {
    const [a, b] = [timeOf(small), timeOf(large)];
    // Calls of a few microseconds (a pattern that rejects a line at once) are below what a ratio
    // can tell: NOISE_MS is added to the allowance. A quadratic pattern at these sizes takes seconds.
    if (b <= 3 * a + NOISE_MS) return;
    ratios.push(b / a);
  }
  assert.fail(`${label}: doubling the input from ${n} multiplied the time by ${ratios.map((r) => r.toFixed(1)).join(', then ')}`);
}
