import { splitSentences } from '../sentences';

/**
 * A Markdown draft as the checks read it: `prose` is the text with everything that is not
 * prose (front matter, code, HTML, link targets, footnote and link definitions) blanked out
 * with spaces, so every offset still points into the original text.
 */
export interface DraftText {
  text: string;
  prose: string;
  paragraphs: Array<{ start: number; end: number }>;
}

const BLANKED: RegExp[] = [
  /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/y, // front matter, only at the very start
];
const BLANK_ANYWHERE: RegExp[] = [
  /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm, // fenced code
  /<!--[\s\S]*?-->/g,
  /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, // inline code
  /<\/?[A-Za-z][^<>]*>/g, // HTML tags and autolinks
  /\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, // link targets and titles
  /^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*(?:\n(?:[ \t]{2,}|\t)[^\n]*)*/gm, // footnote and link-reference definitions
  /^[ \t]{0,3}#{1,6}[ \t]/gm, // heading markers (the heading text stays)
];

export function readDraft(text: string): DraftText {
  let prose = text;
  for (const re of BLANKED) {
    re.lastIndex = 0;
    const m = re.exec(prose);
    if (m) prose = blank(prose, m.index, m.index + m[0].length);
  }
  for (const re of BLANK_ANYWHERE) {
    // A link keeps its `]` so the link text stays apart from what follows.
    prose = prose.replace(re, (m: string) => (m.startsWith('](') ? ']' + spaces(m.slice(1)) : spaces(m)));
  }
  return { text, prose, paragraphs: paragraphsOf(prose) };
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

function spaces(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + spaces(text.slice(start, end)) + text.slice(end);
}
