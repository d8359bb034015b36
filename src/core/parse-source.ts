import { agencyName } from './agencies';
import { MAX_INDEXED_TEXT } from './file-rules';
import { keyProblem } from './key-rule';
import { readFrontMatter } from './front-matter';
import { readHtml } from './html-text';
import { decodeSource } from './source-decode';
import { splitSentences } from './sentences';
import { dropPrefix, dropSuffix, fileOffset, linesOf, type TextBlock } from './text-block';
import { shorten } from './markdown-text';
import { LineIndex } from './text-position';
import type { Passage, Source, SourceFormat, SourceInput, SourceMeta } from './types';
import { findDate, isPaywallLine, looksLikeHeadline, readCaption, readCopyright, readDateline, readDateMarker } from './wire-copy';

export interface ParseOptions {
  maxBytes?: number;
}

/** A source before the corpus gives it a citation key; `declaredKey` is a front matter `key`. */
export interface ParsedSource extends Source {
  declaredKey?: string;
}

export function formatOf(path: string): SourceFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  return 'txt';
}

export function parseSource(input: SourceInput, options: ParseOptions = {}): ParsedSource {
  const format = formatOf(input.path);
  const meta: SourceMeta = { authors: [], credits: [] };
  const decoded = decodeSource(input.bytes, options.maxBytes);
  if ('error' in decoded) return emptySource(input.path, format, meta, decoded.error);
  const { text } = decoded;
  const errors: string[] = [];
  let declaredKey: string | undefined;
  let blocks: TextBlock[];
  if (format === 'md') {
    const fm = readFrontMatter(text);
    if (fm.error) errors.push(fm.error);
    declaredKey = declared(applyFrontMatter(fm.data, meta), errors);
    blocks = markdownBlocks(text, fm.bodyStart);
  } else if (format === 'html') {
    const html = readHtml(text);
    applyHtmlMeta(html.meta, meta);
    blocks = html.blocks;
  } else {
    blocks = linesOf(text);
  }
  const passages = buildPassages(withinWorkLimit(blocks, errors), meta, new LineIndex(text), text);
  if (passages.length === 0) errors.push('no readable text found');
  return { key: '', path: input.path, format, meta, text, passages, errors, declaredKey };
}

/** The blocks up to the per-source work limit; past it, the source says how much was left out. */
function withinWorkLimit(blocks: TextBlock[], errors: string[]): TextBlock[] {
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    total += blocks[i].text.length;
    if (total <= MAX_INDEXED_TEXT) continue;
    const left = blocks.slice(i).reduce((sum, b) => sum + b.text.length, 0);
    errors.push(
      `text is longer than the ${formatCount(MAX_INDEXED_TEXT)}-character limit for one source: the last ${formatCount(left)} characters are not indexed`,
    );
    return blocks.slice(0, i);
  }
  return blocks;
}

const formatCount = (n: number) => n.toLocaleString('en-US');

/** A front matter key that breaks the key rule is the source's error, and a generated key is used. */
function declared(key: string | undefined, errors: string[]): string | undefined {
  const problem = key === undefined ? undefined : keyProblem(key);
  if (!problem) return key;
  errors.push(`front matter key "${shorten(key!, 60)}" ${problem}; a generated key is used instead`);
  return undefined;
}

function emptySource(path: string, format: SourceFormat, meta: SourceMeta, error: string): ParsedSource {
  return { key: '', path, format, meta, text: '', passages: [], errors: [error] };
}

interface Paragraph {
  blocks: TextBlock[];
  kind: Passage['kind'];
}

function buildPassages(blocks: TextBlock[], meta: SourceMeta, lines: LineIndex, text: string): Passage[] {
  const paragraphs: Paragraph[] = [];
  const found: { copyright?: string; agency?: string } = {};
  let bodySeen = false;
  blocks.forEach((original, i) => {
    let block = original;
    const marker = readDateMarker(block.text);
    if (marker) {
      meta.date ??= marker.date;
      block = dropPrefix(block, marker.length);
      if (!block.text) return;
    }
    if (isPaywallLine(block.text)) return;
    const copyright = readCopyright(block.text);
    if (copyright) {
      found.copyright ??= copyright;
      return;
    }
    const nextBreaks = blocks[i + 1]?.breakBefore ?? true;
    if (!bodySeen && !meta.title && (block.hint === 'heading' || block.hint === 'title' || looksLikeHeadline(block.text, nextBreaks))) {
      meta.title = block.text;
      return;
    }
    if (block.hint === 'heading') return;
    const caption = block.hint === 'caption' ? { textLength: block.text.length } : readCaption(block.text);
    if (caption) {
      const credit = 'credit' in caption ? caption.credit : undefined;
      if (credit) meta.credits.push(credit);
      meta.date ??= findDate(block.text);
      paragraphs.push({ blocks: [dropSuffix(block, caption.textLength)], kind: 'caption' });
      return;
    }
    if (!bodySeen) {
      const dateline = readDateline(block.text);
      if (dateline) {
        meta.place ??= dateline.place;
        found.agency ??= dateline.agency;
        block = dropPrefix(block, dateline.length);
      }
    }
    const last = paragraphs[paragraphs.length - 1];
    if (last?.kind === 'body' && !block.breakBefore) last.blocks.push(block);
    else paragraphs.push({ blocks: [block], kind: 'body' });
    bodySeen = true;
  });
  meta.outlet ??= found.copyright ?? (found.agency ? agencyName(found.agency) : undefined);
  return paragraphs.filter((p) => p.blocks.some((b) => b.text)).map((p) => toPassage(p, lines, text));
}

function toPassage(paragraph: Paragraph, lines: LineIndex, text: string): Passage {
  const first = paragraph.blocks[0];
  const last = paragraph.blocks[paragraph.blocks.length - 1];
  const start = first.start;
  const end = fileOffset(last, last.text.length);
  const verbatim = !first.map;
  const passageText = verbatim ? text.slice(start, end) : paragraph.blocks.map((b) => b.text).join(' ');
  const sentences = splitSentences(passageText).map(([s, e]) => {
    const from = verbatim ? start + s : fileOffset(first, s);
    const to = verbatim ? start + e : fileOffset(first, e);
    // A literal of fixed shape, not a spread: a large corpus holds millions of these.
    const { line, column } = lines.position(from);
    return { start: from, end: to, line, column, text: passageText.slice(s, e) };
  });
  const { line, column } = lines.position(start);
  const passage: Passage = { id: '', sourceKey: '', kind: paragraph.kind, text: passageText, start, end, line, column, sentences };
  if (!verbatim) passage.offsets = first.map;
  return passage;
}

function markdownBlocks(text: string, bodyStart: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let fenced = false;
  for (const block of linesOf(text, bodyStart)) {
    if (/^(```|~~~)/.test(block.text)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^(?:[-*_]\s*){3,}$/.test(block.text) || /^\|/.test(block.text)) continue;
    const marker = /^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/.exec(block.text);
    const heading = marker?.[0].startsWith('#');
    const stripped = marker ? dropPrefix(block, marker[0].length) : block;
    const clean = heading ? { ...stripped, hint: 'heading' as const, breakBefore: true } : stripped;
    if (clean.text) blocks.push(marker && !heading ? { ...clean, breakBefore: true } : clean);
  }
  return blocks;
}

function applyFrontMatter(data: Record<string, unknown>, meta: SourceMeta): string | undefined {
  const str = (v: unknown) =>
    typeof v === 'string' && v.trim() ? v.trim() : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : undefined;
  meta.title = str(data.title);
  meta.date = str(data.date) ? (findDate(str(data.date)!) ?? str(data.date)) : undefined;
  meta.outlet = str(data.outlet) ?? str(data.publisher) ?? str(data.source) ?? str(data.site);
  meta.url = str(data.url) ?? str(data.link);
  const authors = data.authors ?? data.author;
  meta.authors = (Array.isArray(authors) ? authors : [authors]).map(str).filter((a): a is string => !!a);
  return str(data.key) ?? str(data.id);
}

function applyHtmlMeta(html: Record<string, string>, meta: SourceMeta): void {
  meta.title = html['og:title'] ?? html['citation_title'] ?? html.title;
  const date = html['article:published_time'] ?? html['citation_date'] ?? html['dc.date'] ?? html['parsely-pub-date'] ?? html.date ?? html.time;
  meta.date = date ? (findDate(date) ?? date) : undefined;
  meta.outlet = html['og:site_name'];
  meta.url = html.canonical ?? html['og:url'];
  const author = html.author ?? html['dc.creator'];
  if (author) meta.authors = [author];
}
