import type MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { BibEntry } from './bibliography';
import { CITATION_KEY } from './citations';
import { outletSlug } from './citation-keys';

export type CitationFormat = 'author-date' | 'numbered';

export interface CitationRenderOptions {
  format: CitationFormat;
  /** The source or bibliography entry cited by a key; `undefined` for an unknown key. */
  lookup(key: string): BibEntry | undefined;
}

/** One cited work inside `[see @key, p. 3; -@other]`. */
interface CiteItem {
  key: string;
  prefix: string;
  suffix: string;
  suppressAuthor: boolean;
}

/** A citation token's meta: its items and, for each, its number in order of first citation. */
interface CitationMeta {
  items: CiteItem[];
  numbers: number[];
}

const ITEM = new RegExp(String.raw`^([^@]*?)(-?)${CITATION_KEY}(.*)$`, 'su');

/**
 * Renders Pandoc citations (`[@key]`, `[@a; @b]`, `[see @key, p. 3]`) as author–date or numbered
 * links to a reference list at the end, and `[^key]` footnotes (markdown-it-footnote) with the
 * cited source's title on hover. Every piece of source text is HTML-escaped.
 */
export function citationPlugin(md: MarkdownIt, options: () => CitationRenderOptions): void {
  md.use(footnote);
  md.inline.ruler.before('link', 'groundwork_citation', (state, silent) => citationRule(state, silent));
  md.core.ruler.push('groundwork_references', (state) => referencesRule(state));
  // Everything a rendering needs is kept on the tokens: VS Code parses once (and caches the tokens)
  // and renders with another `env`.
  md.renderer.rules.groundwork_citation = (tokens, idx) => renderCitation(md, tokens[idx].meta as CitationMeta, options());
  md.renderer.rules.groundwork_references = (tokens, idx) => renderReferences(md, tokens[idx].meta as string[], options());
  const footnoteRef = md.renderer.rules.footnote_ref!;
  md.renderer.rules.footnote_ref = (tokens, idx, opts, env, self) => {
    const html = footnoteRef(tokens, idx, opts, env, self);
    const entry = options().lookup(String(tokens[idx].meta?.label ?? ''));
    return entry ? html.replace('<a ', `<a title="${md.utils.escapeHtml(titleOf(entry))}" `) : html;
  };
}

function citationRule(state: MarkdownIt.StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b /* [ */ || state.src.charCodeAt(start + 1) === 0x5e /* ^ */) return false;
  const end = state.md.helpers.parseLinkLabel(state, start, true);
  if (end < 0) return false;
  // `[@key](url)` and `[@key][ref]` are links, as in Pandoc.
  const next = state.src.charAt(end + 1);
  if (next === '(' || next === '[') return false;
  const items = parseItems(state.src.slice(start + 1, end));
  if (!items) return false;
  if (!silent) state.push('groundwork_citation', '', 0).meta = { items, numbers: [] } satisfies CitationMeta;
  state.pos = end + 1;
  return true;
}

/** Every `;`-separated part must hold one key, else the brackets are not a citation. */
function parseItems(content: string): CiteItem[] | undefined {
  const items: CiteItem[] = [];
  for (const part of content.split(';')) {
    const m = ITEM.exec(part.trim());
    if (!m) return undefined;
    items.push({ prefix: m[1].trim(), suppressAuthor: m[2] === '-', key: m[3], suffix: m[4].replace(/^,\s*/, '').trim() });
  }
  return items;
}

/** Numbers the citations in order of first use, and adds the reference list after the last block. */
function referencesRule(state: MarkdownIt.StateCore): void {
  const cited: string[] = [];
  for (const block of state.tokens) {
    for (const token of block.children ?? []) {
      if (token.type !== 'groundwork_citation') continue;
      const meta = token.meta as CitationMeta;
      meta.numbers = meta.items.map((item) => (cited.includes(item.key) ? cited.indexOf(item.key) : cited.push(item.key) - 1) + 1);
    }
  }
  if (cited.length === 0) return;
  const references = new state.Token('groundwork_references', '', 0);
  references.meta = cited;
  references.block = true;
  state.tokens.push(references);
}

function renderCitation(md: MarkdownIt, { items, numbers }: CitationMeta, options: CitationRenderOptions): string {
  const esc = md.utils.escapeHtml;
  const parts = items.map((item, i) => {
    const entry = options.lookup(item.key);
    let label: string;
    if (!entry) label = `<span class="groundwork-citation-unknown" title="No source or bibliography entry has this key">${esc(`@${item.key}?`)}</span>`;
    else {
      const text = options.format === 'numbered' ? String(numbers[i]) : item.suppressAuthor ? yearOf(entry) : `${authorOf(entry)} ${yearOf(entry)}`;
      label = `<a class="groundwork-citation" href="#${refId(item.key)}" title="${esc(titleOf(entry))}">${esc(text)}</a>`;
    }
    return [item.prefix && esc(item.prefix), label].filter(Boolean).join(' ') + (item.suffix ? `, ${esc(item.suffix)}` : '');
  });
  const [open, close] = options.format === 'numbered' ? ['[', ']'] : ['(', ')'];
  return `${open}${parts.join('; ')}${close}`;
}

function renderReferences(md: MarkdownIt, keys: string[], options: CitationRenderOptions): string {
  const esc = md.utils.escapeHtml;
  const cited = keys.map((key) => ({ key, entry: options.lookup(key) })).filter((c): c is { key: string; entry: BibEntry } => !!c.entry);
  if (cited.length === 0) return '';
  const numbered = options.format === 'numbered';
  if (!numbered) cited.sort((a, b) => `${authorOf(a.entry)} ${yearOf(a.entry)}`.localeCompare(`${authorOf(b.entry)} ${yearOf(b.entry)}`));
  const items = cited.map(({ key, entry }) => {
    const parts = [entry.authors.join(', '), titleOf(entry), [entry.outlet, entry.date].filter(Boolean).join(', ')].filter(Boolean).map((p) => esc(sentence(p)));
    const url = entry.url && /^https?:\/\//i.test(entry.url) ? ` <a href="${esc(entry.url)}">${esc(entry.url)}</a>` : '';
    return `<li id="${refId(key)}">${parts.join(' ')}${url}</li>`;
  });
  const list = numbered ? 'ol' : 'ul';
  return `<section class="groundwork-references">\n<h2>References</h2>\n<${list}>\n${items.join('\n')}\n</${list}>\n</section>\n`;
}

/** A reference part ends with one full stop; a title cut short keeps its ellipsis instead. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.+$/, '');
  return /[…?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** `AP`, `Smith`, `Smith and Lee`, `Smith et al.`; else the outlet, else the title. */
export function authorOf(entry: BibEntry): string {
  const f = entry.families;
  if (f.length === 1) return f[0];
  if (f.length === 2) return `${f[0]} and ${f[1]}`;
  if (f.length > 2) return `${f[0]} et al.`;
  if (entry.outlet) {
    const short = outletSlug(entry.outlet);
    return short.length <= 4 && !short.includes('-') ? short.toUpperCase() : entry.outlet.replace(/^the\s+/i, '');
  }
  return `“${titleOf(entry)}”`;
}

function yearOf(entry: BibEntry): string {
  return entry.date?.slice(0, 4) ?? 'n.d.';
}

function titleOf(entry: BibEntry): string {
  return entry.title ?? entry.key;
}

function refId(key: string): string {
  return `gw-ref-${encodeURIComponent(key)}`;
}
