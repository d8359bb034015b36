const immediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;

/**
 * A turn for the event loop: long work in a host thread awaits this between slices. Node's
 * `setImmediate` where there is one: a zero timeout waits a millisecond or more, which a build
 * of thousands of slices would spend idle.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));

/** Long work in slices of about `ms`: `await slicer.tick()` after each step yields once a slice is used up. */
export class Slicer {
  private start = performance.now();

  constructor(
    private readonly pause: () => Promise<void> = nextTurn,
    private readonly ms = 15,
  ) {}

  async tick(): Promise<void> {
    if (performance.now() - this.start < this.ms) return;
    await this.pause();
    this.start = performance.now();
  }
}

/** Runs work written as steps (a generator that yields between them) to its end at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps in slices of about `sliceMs`, awaiting `pause` between slices, so a host thread stays responsive. */
export async function runInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void> = nextTurn, sliceMs = 15): Promise<T> {
  let slice = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - slice > sliceMs) {
      await pause();
      slice = performance.now();
    }
  }
}
