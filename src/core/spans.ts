/** The span (passages or sentences, in file order) holding [start, end), by binary search. */
export function containing<T extends { start: number; end: number }>(spans: T[], start: number, end: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo];
  return span && span.start <= start && end <= span.end ? span : undefined;
}
