/** A turn for the event loop: long work in a host thread awaits this between slices. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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
