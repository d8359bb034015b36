import { markdownAutolink, markdownInline } from './markdown-text';
import type { Source } from './types';

export type CitationStyle = 'pandoc' | 'footnote';

/** Markdown for a citation at the cursor: `[@key]` or `[^key]`. */
export function citationMark(key: string, style: CitationStyle): string {
  return style === 'pandoc' ? `[@${key}]` : `[^${key}]`;
}

/** A title for display and bibliographies; untitled wire copy is named by its lead. */
export function displayTitle(source: Source): string {
  if (source.meta.title) return source.meta.title;
  const lead = source.passages.find((p) => p.kind === 'body')?.sentences[0]?.text;
  if (!lead) return source.key;
  const words = lead.split(/\s+/);
  return words.length <= 12 ? lead.replace(/[.]$/, '') : `${words.slice(0, 12).join(' ').replace(/[,;:]$/, '')}…`;
}

/** `[^key]: Title. Outlet, 2024-11-29. <url>`: source text escaped, one line, an http(s) link only. */
export function footnoteDefinition(source: Source): string {
  const parts = [`${markdownInline(displayTitle(source).replace(/[.]$/, ''))}.`];
  const where = [source.meta.outlet, source.meta.date].filter(Boolean).join(', ');
  if (where) parts.push(`${markdownInline(where)}.`);
  const link = source.meta.url ? markdownAutolink(source.meta.url) : undefined;
  if (link) parts.push(link);
  return `[^${source.key}]: ${parts.join(' ')}`;
}

/** Whether a Markdown text already has the `[^key]: …` definition line. */
export function hasFootnoteDefinition(markdown: string, key: string): boolean {
  return new RegExp(String.raw`^\[\^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\]:`, 'm').test(markdown);
}

/** Keys cited in a Markdown text, in order of first use: `[@key]`, `[see @key, p. 3; @other]`, `@key`, `[^key]`. */
export function citedKeys(markdown: string): string[] {
  const keys = new Set<string>();
  for (const m of markdown.matchAll(CITATION)) keys.add(m[1] ?? m[2]);
  return [...keys];
}

/** A Pandoc citation key after `@`: starts and ends with a letter, digit or `_`, with Pandoc's inner punctuation allowed. */
export const CITATION_KEY = String.raw`(?<![\w@])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])`;

export const CITATION = new RegExp(String.raw`${CITATION_KEY}|\[\^([^\]\s]+)\](?!:)`, 'gu');
