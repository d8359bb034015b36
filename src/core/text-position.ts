/** Maps string offsets to 1-based line/column positions in one text. `\r\n`, `\r` and `\n` each end a line, as in VS Code. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    if (!text.includes('\r')) {
      // Only `\n` ends a line: found by search rather than a character at a time.
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    for (let at = lineEnd(text, 0); at.end < text.length; at = lineEnd(text, at.next)) this.starts.push(at.next);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** The end of the line that starts at `from` (before its break) and where the next line starts. */
export function lineEnd(text: string, from: number): { end: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: text.length, next: text.length + 1 };
}
