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

/**
 * Twice the input takes at most three times as long: linear work passes with room for noise,
 * quadratic work (four times) does not. No wall-clock threshold.
 */
export function assertLinear(label: string, make: (n: number) => () => void, n: number): void {
  const small = timeOf(make(n));
  const large = timeOf(make(2 * n));
  // A second look before failing: one busy moment on a shared machine is not a trend.
  if (large <= 3 * small) return;
  const again = timeOf(make(2 * n)) / timeOf(make(n));
  assert.ok(again <= 3, `${label}: ${n} took ${small.toFixed(2)} ms, ${2 * n} took ${large.toFixed(2)} ms (ratio ${(large / small).toFixed(1)}, then ${again.toFixed(1)})`);
}
