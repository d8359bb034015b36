import type { BibEntry } from '../bibliography';
import { displayTitle } from '../citations';
import type { GroundworkIndex } from '../groundwork-index';
import { escapeMarkdown } from '../markdown-text';
import { keyPrefixAt, scanMarkdown, type MarkdownScan } from '../pandoc-citations';
import { passageCount } from '../engine/cached-body';
import { mentionCount } from '../people/packed-mentions';
import type { Person, Source } from '../types';
import { mentionsLine } from './hover';

const NAME_PREFIX = /((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*)$/u;

/** One completion: what is shown and inserted, and what it stands for (for its documentation, made on demand). */
export type CompletionEntry = { label: string; description?: string; detail: string; filterText: string; insertText?: string } & (
  { kind: 'person'; person: Person } | { kind: 'source'; source: Source } | { kind: 'entry'; entry: BibEntry }
);

/** What the text before the cursor asks for: a citation key after `@`, or a name; `typed` is the text the completion replaces. */
export type CompletionContext = { kind: 'key'; typed: string } | { kind: 'name'; typed: string };

/** A key where pandoc reads a citation (so not in code, math or an e-mail address), else the capitalised words before `offset` on its line. */
export function completionContext(text: string, offset: number, scan: MarkdownScan = scanMarkdown(text)): CompletionContext | undefined {
  const key = keyPrefixAt(text, scan, offset);
  if (key) return { kind: 'key', typed: key.typed };
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const name = NAME_PREFIX.exec(text.slice(lineStart, offset));
  return name ? { kind: 'name', typed: name[1] } : undefined;
}

/** Citation keys: the sources', then bibliography entries the sources do not have. `where` says where an entry is from. */
export function keyCompletions(index: GroundworkIndex, entries: BibEntry[], where: (path: string) => string): CompletionEntry[] {
  const sources: CompletionEntry[] = index.sources
    .filter((s) => passageCount(s) > 0)
    .map((source) => {
      const { outlet, date } = source.meta;
      return {
        kind: 'source',
        source,
        label: source.key,
        description: displayTitle(source),
        detail: [outlet, date].filter(Boolean).join(', ') || 'source',
        filterText: [source.key, displayTitle(source), outlet, date].filter(Boolean).join(' '),
      };
    });
  const others: CompletionEntry[] = entries
    .filter((e) => !index.source(e.key))
    .map((entry) => ({
      kind: 'entry',
      entry,
      label: entry.key,
      description: entry.title,
      detail: [entry.authors[0], entry.outlet, entry.date].filter(Boolean).join(', ') || `from ${where(entry.path)}`,
      filterText: [entry.key, entry.title, ...entry.authors, entry.outlet, entry.date].filter(Boolean).join(' '),
    }));
  return [...sources, ...others];
}

/** People for the capitalised words just typed, trying the longest run first: "met No Kw" completes "No Kw", not "Kw". `typed` is then the part replaced. */
export function nameCompletions(index: GroundworkIndex, typed: string): { typed: string; items: CompletionEntry[] } {
  const words = typed.split(/\s/);
  for (let i = 0; i < words.length; i++) {
    const prefix = words.slice(i).join(' ');
    const people = index.completePeople(prefix);
    if (people.length === 0) continue;
    const items = people.flatMap((person) =>
      [person.name, ...person.aliases.filter((a) => a.kind === 'variant' && a.text.includes(' ')).map((a) => a.text)].map((label): CompletionEntry => ({
        kind: 'person',
        person,
        label,
        description: person.role,
        detail: person.role ?? 'person in your sources',
        filterText: label,
        insertText: label,
      })),
    );
    return { typed: prefix, items };
  }
  return { typed, items: [] };
}

/** The documentation shown beside a completion, in Markdown. */
export function completionDocumentation(index: GroundworkIndex, item: CompletionEntry, where: (path: string) => string): string {
  switch (item.kind) {
    case 'entry':
      return `**${escapeMarkdown(item.entry.title ?? item.entry.key)}**\n\n${escapeMarkdown(`from ${where(item.entry.path)}`)}`;
    case 'source': {
      const lead = item.source.passages.find((p) => p.kind === 'body');
      return `**${escapeMarkdown(displayTitle(item.source))}**\n\n${escapeMarkdown(lead?.sentences[0]?.text ?? '')}`;
    }
    case 'person': {
      let md = `${mentionsLine(mentionCount(item.person), index.sourcesOf(item.person))}\n\n`;
      const quote = index.quotes(item.person, 1)[0];
      if (quote) {
        const from = [quote.source.meta.outlet, quote.source.meta.date].filter(Boolean).join(', ') || quote.source.key;
        md += `> “${escapeMarkdown(quote.sentence.text)}”\n>\n> — ${escapeMarkdown(from)}`;
      }
      return md;
    }
  }
}
