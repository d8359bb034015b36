import { scanMarkdown, type Citation, type FootnoteRef } from '../pandoc-citations';
import { splitSentences } from '../sentences';

/**
 * A Markdown draft as the checks read it: `prose` is the text with everything that is not
 * prose blanked out with spaces, so every offset still points into the original text. What is
 * prose is what pandoc reads as text (the citation parser's reading): not front matter, code,
 * math, raw HTML or TeX, link targets, link definitions, nor footnote definitions, whose
 * citations are still in `citations`.
 */
export interface DraftText {
  text: string;
  prose: string;
  paragraphs: Array<{ start: number; end: number }>;
  /** Every Pandoc citation, as pandoc reads the draft (in footnotes too). */
  citations: Citation[];
  footnoteRefs: FootnoteRef[];
  /** Labels of the `[^label]:` definitions. */
  footnoteLabels: Set<string>;
}

const HEADING_MARKER = /^[ \t]{0,3}#{1,6}[ \t]/gm;

export function readDraft(text: string): DraftText {
  const scan = scanMarkdown(text);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < scan.opaque.length; i += 2) ranges.push([scan.opaque[i], scan.opaque[i + 1]]);
  for (const note of scan.footnoteDefinitions) ranges.push([note.start, note.end]);
  for (const m of text.matchAll(HEADING_MARKER)) ranges.push([m.index, m.index + m[0].length]);
  const prose = blankOut(
    text,
    ranges.sort((a, b) => a[0] - b[0]),
  );
  return {
    text,
    prose,
    paragraphs: paragraphsOf(prose),
    citations: scan.citations,
    footnoteRefs: scan.footnoteRefs,
    footnoteLabels: new Set(scan.footnoteDefinitions.map((d) => d.label)),
  };
}

/** Whether a paragraph cites anything: a Pandoc citation or a footnote reference. */
export function citesIn(draft: DraftText, paragraph: { start: number; end: number }): boolean {
  const inside = (at: number) => at >= paragraph.start && at < paragraph.end;
  return draft.citations.some((c) => inside(c.keyStart)) || draft.footnoteRefs.some((r) => inside(r.start));
}

/** Runs of non-blank lines; a line holding only blockquote markers is blank. */
function paragraphsOf(prose: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = -1;
  let offset = 0;
  for (const line of prose.split('\n')) {
    const blankLine = /^[\s>]*$/.test(line);
    if (!blankLine && start < 0) start = offset;
    if (blankLine && start >= 0) {
      out.push({ start, end: offset - 1 });
      start = -1;
    }
    offset += line.length + 1;
  }
  if (start >= 0) out.push({ start, end: prose.length });
  return out;
}

/** Sentences of a paragraph as [start, end) draft offsets. */
export function sentencesIn(draft: DraftText, paragraph: { start: number; end: number }): Array<{ start: number; end: number }> {
  // Line breaks and blockquote markers inside a paragraph are just spaces to the sentence splitter.
  const flat = draft.prose.slice(paragraph.start, paragraph.end).replace(/\n[ \t]*(?:>[ \t]?)*/g, (m) => spaces(m));
  return splitSentences(flat).map(([s, e]) => ({ start: paragraph.start + s, end: paragraph.start + e }));
}

/** The text with the ranges (in order of start, perhaps overlapping) turned to spaces, line breaks kept. */
function blankOut(text: string, ranges: Array<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(at, start);
    parts.push(text.slice(at, from), spaces(text.slice(from, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function spaces(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
