import { markdownAutolink, markdownInline } from './markdown-text';
import { scanMarkdown } from './pandoc-citations';
import type { Source } from './types';

export type CitationStyle = 'pandoc' | 'footnote';

/** Markdown for a citation at the cursor: `[@key]`, `[@key, p. 3]` with a locator, or `[^key]` (which has no place for one). */
export function citationMark(key: string, style: CitationStyle, locator = ''): string {
  if (style === 'footnote') return `[^${key}]`;
  const where = locator.trim().replace(/[[\];]/g, '');
  return where ? `[@${key}, ${where}]` : `[@${key}]`;
}

/** A title for display and bibliographies; untitled wire copy is named by its lead. */
export function displayTitle(source: Source): string {
  if (source.meta.title) return source.meta.title;
  const lead = source.passages.find((p) => p.kind === 'body')?.sentences[0]?.text;
  if (!lead) return source.key;
  const words = lead.split(/\s+/);
  return words.length <= 12
    ? lead.replace(/[.]$/, '')
    : `${words
        .slice(0, 12)
        .join(' ')
        .replace(/[,;:]$/, '')}…`;
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

/** Whether a Markdown text already has the `[^key]: …` definition (outside code, as pandoc reads it). */
export function hasFootnoteDefinition(markdown: string, key: string): boolean {
  return scanMarkdown(markdown).footnoteDefinitions.some((d) => d.label === key);
}

/** Keys cited in a Markdown text, in order of first use, as pandoc reads them: `[@key]`, `[see @key, p. 3; @other]`, `@key`, `[^key]`. */
export function citedKeys(markdown: string): string[] {
  const scan = scanMarkdown(markdown);
  const uses = [...scan.citations.map((c) => ({ at: c.keyStart, key: c.key })), ...scan.footnoteRefs.map((r) => ({ at: r.start, key: r.label }))];
  return [...new Set(uses.sort((a, b) => a.at - b.at).map((u) => u.key))];
}
