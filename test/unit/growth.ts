import * as assert from 'node:assert/strict';

/** Milliseconds one call takes: repeated until 20 ms have passed, the best of three such rounds. */
export function timeOf(run: () => void): number {
  run();
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < 20) {
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
 * quadratic work (four times) does not. No wall-clock threshold.
 */
export function assertLinear(label: string, make: (n: number) => () => void, n: number): void {
  const looks: string[] = [];
  // Up to three looks before failing: busy moments on a shared machine are not a trend, while
  // quadratic work fails every look.
  for (let look = 0; look < 3; look++) {
    const small = timeOf(make(n));
    const large = timeOf(make(2 * n));
    // Calls of a few microseconds (a pattern that rejects a line at once) are below what a ratio
    // can tell: NOISE_MS is added to the allowance. A quadratic pattern at these sizes takes seconds.
    if (large <= 3 * small + NOISE_MS) return;
    looks.push(`${small.toFixed(2)} ms then ${large.toFixed(2)} ms (ratio ${(large / small).toFixed(1)})`);
  }
  assert.fail(`${label}: ${n}, then ${2 * n}, took ${looks.join('; ')}`);
}
