import { scanBlocks } from './blocks';
import { Finder } from './finder';
import { scanInlines, type InlineScan } from './inlines';
import type { Citation, MarkdownScan } from './types';

export type { Citation, CitationMode, FootnoteRef, MarkdownScan } from './types';

/**
 * Reads a Markdown draft as pandoc's Markdown reader does, for its citations: where a citation
 * can stand (not in code, math, raw HTML or TeX, link targets, example-list labels), its key,
 * mode, prefix and suffix. One pass over the text; never throws.
 */
export function scanMarkdown(text: string): MarkdownScan {
  const blocks = scanBlocks(text);
  const finder = new Finder(text);
  const inline: InlineScan = { citations: [], footnoteRefs: [], opaque: [] };
  for (const chunk of blocks.chunks) scanInlines(text, chunk, finder, blocks.examples, inline);
  // pandoc drops a footnote definition no `[^label]` refers to, and the citations in it.
  const referenced = new Set(inline.footnoteRefs.map((r) => r.label));
  const citations = inline.citations.filter((c) => c.note === undefined || referenced.has(c.note)).sort((a, b) => a.keyStart - b.keyStart);
  const opaque = merge(blocks.opaque, inline.opaque);
  return {
    citations,
    footnoteRefs: inline.footnoteRefs,
    examples: [...blocks.examples],
    unclosedFences: blocks.unclosedFences,
    footnoteDefinitions: blocks.footnoteDefinitions,
    opaque,
  };
}

/**
 * The citations in one block's inline text (a paragraph, a heading, a table cell), as a Markdown
 * renderer hands it over: offsets are into `text`.
 */
export function parseInlineCitations(text: string, examples: ReadonlySet<string> = new Set()): Citation[] {
  const inline: InlineScan = { citations: [], footnoteRefs: [], opaque: [] };
  scanInlines(text, { start: 0, end: text.length }, new Finder(text), examples, inline);
  return inline.citations.sort((a, b) => a.keyStart - b.keyStart);
}

/** The citations of a draft, in order. */
export function parseCitations(text: string): MarkdownScan['citations'] {
  return scanMarkdown(text).citations;
}

/** Two flat lists of `start, end` pairs, each in order, as one in order. */
function merge(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i] <= b[j]);
    const [list, k] = fromA ? [a, i] : [b, j];
    out.push(list[k], list[k + 1]);
    if (fromA) i += 2;
    else j += 2;
  }
  return out;
}

export { citationAt, keyPrefixAt, type CitationHit } from './lookup';
export { parseLocator, type Locator } from './locator';

/** Citations grouped as pandoc groups them (`[@a; @b]`, `@a [p. 3; @b]`), in order. */
export function citationGroups(citations: Citation[]): Citation[][] {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) {
    const id = `${c.start}:${c.end}`;
    const group = groups.get(id);
    if (group) group.push(c);
    else groups.set(id, [c]);
  }
  return [...groups.values()];
}
