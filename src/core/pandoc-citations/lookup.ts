import { afterWord } from './cite-key';
import type { Citation, MarkdownScan } from './types';

/** What stands at an offset: a citation's key, a footnote reference or a footnote definition's label. */
export type CitationHit =
  { key: string; style: 'pandoc'; start: number; end: number; citation: Citation } | { key: string; style: 'footnote'; start: number; end: number };

const DEFINITION = /^[ \t]{0,3}\[\^([^\]\s]+)\]:/gm;

/** The citation key under `offset` (its `@key` span, ends included), if any. */
export function citationAt(text: string, scan: MarkdownScan, offset: number): CitationHit | undefined {
  const c = scan.citations.find((x) => x.keyStart <= offset && offset <= x.keyEnd);
  if (c) return { key: c.key, style: 'pandoc', start: c.keyStart, end: c.keyEnd, citation: c };
  const ref = scan.footnoteRefs.find((r) => r.start <= offset && offset <= r.end);
  if (ref) return { key: ref.label, style: 'footnote', start: ref.start, end: ref.end };
  for (const m of text.matchAll(DEFINITION)) {
    const start = m.index + m[0].indexOf('[');
    const end = m.index + m[0].length - 1;
    if (start <= offset && offset <= end) return { key: m[1], style: 'footnote', start, end };
  }
  return undefined;
}

const TYPED_KEY = /@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;

/** The start of a key being typed just before `offset` (`@` and what follows), where pandoc would read a citation. */
export function keyPrefixAt(text: string, scan: MarkdownScan, offset: number): { at: number; typed: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = TYPED_KEY.exec(text.slice(lineStart, offset));
  if (!m) return undefined;
  const at = lineStart + m.index;
  if (afterWord(text, at, lineStart) || inOpaque(scan, at)) return undefined;
  return { at, typed: m[1] };
}

function inOpaque(scan: MarkdownScan, at: number): boolean {
  let lo = 0;
  let hi = scan.opaque.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scan.opaque[mid * 2 + 1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < scan.opaque.length / 2 && scan.opaque[lo * 2] <= at;
}
