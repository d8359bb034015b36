import type { BibEntry } from '../bibliography';
import { displayTitle } from '../citations';
import type { GroundworkIndex, Quote } from '../groundwork-index';
import { commandLink, escapeMarkdown } from '../markdown-text';
import { mentionCount } from '../people/packed-mentions';
import type { Person, Source } from '../types';
import { nameAt } from './name-at';

/** A hover card: Markdown over the [start, end) offsets of the draft it is for. */
export interface HoverContent {
  start: number;
  end: number;
  markdown: string;
}

/** The card of the known name at `offset` in a draft, if there is one. */
export function nameHover(index: GroundworkIndex, text: string, offset: number): HoverContent | undefined {
  const name = nameAt(index, text, offset);
  return name && { start: name.start, end: name.end, markdown: personCard(index, name.person) };
}

/** Who a person is: name, role, how often the sources mention them, and their best quotes with links to cite them. */
export function personCard(index: GroundworkIndex, person: Person): string {
  let md = `**${escapeMarkdown(person.name)}**`;
  if (person.role) md += ` — ${roleText(person, person.role)}`;
  md += `\n\n${mentionsLine(mentionCount(person), index.sourcesOf(person))}`;
  const also = person.aliases.filter((a) => a.text.includes(' ')).map((a) => a.text);
  if (also.length) md += ` · also ${also.map(escapeMarkdown).join(', ')}`;
  if (person.roles.length) md += ` · ${person.roles.map((r) => roleText(person, r)).join('; ')}`;
  for (const quote of index.quotes(person, 3)) md += `\n\n${quoteBlock(quote)}`;
  return md;
}

/** `former Prime Minister (2005-11-29)`: a role with the date of the latest source that states it. */
function roleText(person: Person, role: string): string {
  const date = person.roleDates.find((d) => d.role === role)?.date;
  return escapeMarkdown(date ? `${role} (${date})` : role);
}

export function sourceCard(source: Source): string {
  let md = `**${escapeMarkdown(displayTitle(source))}**\n\n`;
  const facts = [source.meta.outlet, source.meta.date, source.meta.place].filter(Boolean).map((s) => escapeMarkdown(s!));
  if (facts.length) md += `${facts.join(' · ')}\n\n`;
  const lead = source.passages.find((p) => p.kind === 'body');
  if (lead) md += `> ${escapeMarkdown(lead.sentences[0]?.text ?? lead.text)}\n\n`;
  md += `${escapeMarkdown(`@${source.key}`)} · ${commandLink('Open source', 'groundwork.openPassage', [lead?.id ?? `${source.key}#1`])}`;
  if (source.errors.length) md += `\n\n${escapeMarkdown(`Problems: ${source.errors.join('; ')}`)}`;
  return md;
}

/** A bibliography file's entry (Zotero, Better BibTeX): its own text, escaped, and `where` it is defined. */
export function entryCard(entry: BibEntry, where: string): string {
  let md = `**${escapeMarkdown(entry.title ?? entry.key)}**\n\n`;
  const facts = [entry.authors.join(', '), entry.outlet, entry.date].filter(Boolean).map((s) => escapeMarkdown(s!));
  if (facts.length) md += `${facts.join(' · ')}\n\n`;
  if (entry.url) md += `${escapeMarkdown(entry.url)}\n\n`;
  return `${md}${escapeMarkdown(`@${entry.key}`)} · ${escapeMarkdown(`from ${where}${entry.line ? `:${entry.line}` : ''}`)}`;
}

export function mentionsLine(mentions: number, sources: number): string {
  return `${mentions} mention${mentions === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}`;
}

function quoteBlock(q: Quote): string {
  const where =
    [q.source.meta.outlet, q.source.meta.date]
      .filter(Boolean)
      .map((s) => escapeMarkdown(s!))
      .join(', ') || escapeMarkdown(q.source.key);
  const open = commandLink('Open passage', 'groundwork.openPassage', [q.passage.id]);
  const cite = commandLink('Insert citation', 'groundwork.insertCitation', [{ key: q.source.key }]);
  return `> “${escapeMarkdown(q.sentence.text)}”\n>\n> — *${where}* · ${open} · ${cite}`;
}
