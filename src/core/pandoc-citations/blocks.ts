import { Finder } from './finder';

/** A run of lines whose inlines pandoc parses: a paragraph, a heading, a list item's text. */
export interface Chunk {
  start: number;
  end: number;
  /** The footnote definition this text belongs to. */
  note?: string;
}

export interface BlockScan {
  chunks: Chunk[];
  /** Flat `start, end` pairs, in order. */
  opaque: number[];
  /** Labels of example-list items `(@label)`: `@label` refers to them, it is no citation. */
  examples: Set<string>;
  footnoteDefinitions: Array<{ label: string; start: number; end: number }>;
  /** 0-based lines of fences no fence closes: text to pandoc (CommonMark would run them to the end). */
  unclosedFences: number[];
}

interface Line {
  start: number;
  /** Where the line's text starts after blockquote markers. */
  content: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})([^\n]*)$/;
const HTML_BLOCK = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;
const NOTE = /^ {0,3}\[\^([^\]\s]+)\]:/;
const REFERENCE = /^ {0,3}\[(?![@^])[^\]]+\]:[ \t]*\S/;
const EXAMPLE = /^ {0,3}\(@([\p{L}\p{N}_-]*)\)(?=[ \t]|$)/u;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d+[.)]|#[.)]|[A-Za-z][.)]|\(@[\p{L}\p{N}_-]*\))(?:[ \t]|$)/u;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FRONT_MATTER = /^---[ \t]*\r?\n(?![ \t]*\r?\n)/y;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let content = start;
    // Blockquote markers: `>` with one optional space, nested.
    for (;;) {
      const m = /^ {0,3}> ?/y;
      m.lastIndex = 0;
      const hit = m.exec(text.slice(content, Math.min(end, content + 5)));
      if (!hit) break;
      content += hit[0].length;
    }
    lines.push({ start, content, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

function lineText(text: string, line: Line): string {
  return text.slice(line.content, line.end);
}

function isBlank(text: string, line: Line): boolean {
  return /^[ \t]*$/.test(lineText(text, line));
}

function indent(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

/** The blocks of a pandoc Markdown text, line by line in one pass. */
export function scanBlocks(text: string): BlockScan {
  const out: BlockScan = { chunks: [], opaque: [], examples: new Set(), footnoteDefinitions: [], unclosedFences: [] };
  const lines = linesOf(text);
  const finder = new Finder(text.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
  const closers = new FenceClosers(text, lines);
  let i = frontMatterEnd(text, lines, out);
  let chunk: Chunk | undefined;
  let note: { label: string; start: number; end: number } | undefined;
  let inList = false;
  let inCode = false;
  let prevBlank = true;
  const close = () => {
    if (chunk) out.chunks.push(chunk);
    chunk = undefined;
  };
  const addText = (from: number, to: number) => {
    if (chunk && chunk.note === note?.label) chunk.end = to;
    else {
      close();
      chunk = { start: from, end: to, ...(note ? { note: note.label } : {}) };
    }
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    const s = lineText(text, line);
    if (isBlank(text, line)) {
      close();
      prevBlank = true;
      continue;
    }
    const wasCode = inCode;
    inCode = false;
    const ind = indent(s);
    if (note && prevBlank && ind < 4) note = undefined;
    if (note) note.end = line.end;
    if (inList && prevBlank && ind === 0 && !LIST_ITEM.test(s)) inList = false;
    const wasBlank = prevBlank;
    prevBlank = false;
    const fence = FENCE.exec(s);
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      const closing = closers.find(fence[1][0], fence[1].length, i + 1);
      if (closing >= 0) {
        close();
        out.opaque.push(line.start, lines[closing].end);
        i = closing;
        continue;
      }
      out.unclosedFences.push(i);
    }
    const html = HTML_BLOCK.exec(s);
    if (html || /^ {0,3}<!--/.test(s)) {
      const closer = html ? `</${html[1].toLowerCase()}>` : '-->';
      const at = finder.next(closer, line.content + (html ? 1 : 4));
      if (at >= 0) {
        close();
        let j = i;
        while (lines[j].end < at + closer.length) j++;
        out.opaque.push(line.start, at + closer.length);
        const rest = at + closer.length;
        if (rest < lines[j].end) addText(rest, lines[j].end);
        i = j;
        continue;
      }
    }
    // Code is indented four spaces, eight inside a list item or a footnote (past their own indent).
    if (ind >= (inList || note ? 8 : 4) && (wasBlank || wasCode)) {
      close();
      out.opaque.push(line.start, line.end);
      inCode = true;
      continue;
    }
    const def = NOTE.exec(s);
    if (def) {
      close();
      note = { label: def[1], start: line.start, end: line.end };
      out.footnoteDefinitions.push(note);
      out.opaque.push(line.content, line.content + def[0].length);
      addText(line.content + def[0].length, line.end);
      continue;
    }
    if (REFERENCE.test(s) && (wasBlank || !chunk)) {
      close();
      out.opaque.push(line.start, line.end);
      continue;
    }
    const example = EXAMPLE.exec(s);
    if (example) {
      out.examples.add(example[1]);
      out.opaque.push(line.content, line.content + example[0].length);
    }
    if (LIST_ITEM.test(s)) {
      inList = true;
      close();
    }
    if (HEADING.test(s)) close();
    addText(example ? line.content + example[0].length : line.content, line.end);
  }
  close();
  return out;
}

/**
 * Lines that can close a fence (only backticks or tildes), per character, with the longest run at
 * or after each: an opener finds its closer, or learns there is none, without rescanning the text.
 */
class FenceClosers {
  private readonly lists = new Map<string, { lines: number[]; lengths: number[]; longestAfter: number[] }>();

  constructor(text: string, lines: Line[]) {
    for (const ch of ['`', '~']) this.lists.set(ch, { lines: [], lengths: [], longestAfter: [] });
    lines.forEach((line, i) => {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lineText(text, line));
      if (!m) return;
      const list = this.lists.get(m[1][0])!;
      list.lines.push(i);
      list.lengths.push(m[1].length);
    });
    for (const list of this.lists.values()) {
      for (let k = list.lengths.length - 1; k >= 0; k--) list.longestAfter[k] = Math.max(list.lengths[k], list.longestAfter[k + 1] ?? 0);
    }
  }

  /** The first line after `from` closing a fence of `length` times `ch`; -1 if none. */
  find(ch: string, length: number, from: number): number {
    const list = this.lists.get(ch)!;
    let lo = 0;
    let hi = list.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list.lines[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= list.lines.length || list.longestAfter[lo] < length) return -1;
    while (list.lengths[lo] < length) lo++;
    return list.lines[lo];
  }
}

function frontMatterEnd(text: string, lines: Line[], out: BlockScan): number {
  FRONT_MATTER.lastIndex = 0;
  if (!FRONT_MATTER.test(text)) return 0;
  for (let j = 1; j < lines.length; j++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lineText(text, lines[j]))) {
      out.opaque.push(0, lines[j].end);
      return j + 1;
    }
  }
  return 0;
}
