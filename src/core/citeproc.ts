import { plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CHICAGO_AUTHOR_DATE } from './csl-styles/chicago-author-date';
import { parseLocator, type Citation } from './pandoc-citations';

/** Renders citations and a bibliography the way `pandoc --citeproc` does, with citeproc-js. */

export type CslFormat = 'html' | 'text';

/** Affixes are Markdown: each is passed to citeproc as a marker and put back rendered by the caller. */
export type AffixRenderer = (markdown: string) => string;

interface CslEngine {
  updateItems(ids: string[]): void;
  makeCitationCluster(items: Array<Record<string, unknown>>): string;
  makeBibliography(): [{ entry_ids: string[][]; bibstart: string; bibend: string }, string[]] | false;
}

interface CslPlugin {
  engine(data: CslData[], style: string, lang: string, format: string): CslEngine;
  styles: { has(name: string): boolean; add(name: string, xml: string): void };
}

const DEFAULT_STYLE = 'groundwork-chicago-author-date';
const MARK = (n: number) => `\u{e000}${n}\u{e001}`;
const MARKS = /\u{e000}(\d+)\u{e001}/gu;
// citeproc-js passes `<i>`, `<b>` and the like in a field through as HTML: in a bibliography's
// text (which anyone may have written) `<` and `>` stand in as private-use characters, and come
// back escaped.
const LT = '\u{e002}';
const GT = '\u{e003}';

let styleCount = 0;
const styleIds = new Map<string, string>();

/** The name citation.js knows a style by (XML, or a style it bundles: `apa`, `vancouver`); new XML is registered once. */
function styleName(xml: string | undefined): string {
  const csl = plugins.config.get('@csl') as unknown as CslPlugin;
  if (!csl.styles.has(DEFAULT_STYLE)) csl.styles.add(DEFAULT_STYLE, CHICAGO_AUTHOR_DATE);
  if (!xml) return DEFAULT_STYLE;
  if (!xml.trimStart().startsWith('<')) return csl.styles.has(xml) ? xml : DEFAULT_STYLE;
  let id = styleIds.get(xml);
  if (!id) {
    id = `groundwork-style-${++styleCount}`;
    csl.styles.add(id, xml);
    styleIds.set(xml, id);
  }
  return id;
}

/** A style's XML, if it is one: a draft's `csl:` file or a setting may name anything. */
export function isCslStyle(xml: string): boolean {
  return /<style[\s>]/.test(xml) && /xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(xml);
}

export class CitationRenderer {
  private readonly engine: CslEngine;
  private readonly known: Set<string>;

  /**
   * @param items every cited work that has an entry; others render as `key?`
   * @param cited keys in order of first citation, for disambiguation and the bibliography
   */
  constructor(
    items: CslData[],
    cited: string[],
    private readonly format: CslFormat,
    style?: string,
  ) {
    this.known = new Set(items.map((i) => String(i.id)));
    const csl = plugins.config.get('@csl') as unknown as CslPlugin;
    this.engine = csl.engine(
      items.map((item) => ({ ...(defuse(item) as CslData), id: item.id })),
      styleName(style),
      'en-US',
      format,
    );
    try {
      this.engine.updateItems(cited.filter((k) => this.known.has(k)));
    } catch {
      // Data citeproc-js cannot take: every citation then shows as written.
      this.known.clear();
    }
  }

  has(key: string): boolean {
    return this.known.has(key);
  }

  /**
   * One citation group as the style prints it: `(see Doe 1999, 33; Smith 2004)`, or for a
   * citation in the text `Doe (1999, 33)`. Undefined when a key has no entry.
   */
  cite(group: Citation[], affix: AffixRenderer): string | undefined {
    if (group.length === 0 || group.some((c) => !this.known.has(c.key))) return undefined;
    try {
      return this.cluster(group, affix);
    } catch {
      // citeproc-js throws on some hostile data (an id such as `__proto__`): the citation shows as written.
      return undefined;
    }
  }

  private cluster(group: Citation[], affix: AffixRenderer): string {
    const marks: string[] = [];
    const mark = (markdown: string) => {
      marks.push(markdown);
      return MARK(marks.length - 1);
    };
    const [head, ...rest] = group;
    let out: string;
    if (head.mode === 'author-in-text') {
      const author = this.engine.makeCitationCluster([{ id: head.key, 'author-only': true }]);
      out = `${author} ${this.engine.makeCitationCluster([item(head, mark, true), ...rest.map((c) => item(c, mark, false))])}`;
    } else out = this.engine.makeCitationCluster(group.map((c) => item(c, mark, false)));
    return this.restore(out).replace(MARKS, (_, n: string) => affix(marks[Number(n)]));
  }

  private restore(out: string): string {
    return out.replaceAll(LT, this.format === 'html' ? '&lt;' : '<').replaceAll(GT, this.format === 'html' ? '&gt;' : '>');
  }

  /** The bibliography entries, in the style's order, each with its key. */
  bibliography(): Array<{ key: string; entry: string }> {
    let made: ReturnType<CslEngine['makeBibliography']>;
    try {
      made = this.engine.makeBibliography();
    } catch {
      return [];
    }
    if (!made) return [];
    const [meta, entries] = made;
    return entries.map((entry, i) => ({ key: meta.entry_ids[i][0], entry: this.restore(this.format === 'text' ? entry.trim() : entry) }));
  }
}

/** A citeproc citation item: locator and label read off the suffix as pandoc does. */
function item(c: Citation, mark: (markdown: string) => string, suppress: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.key };
  if (suppress || c.mode === 'suppress-author') out['suppress-author'] = true;
  if (c.prefix) out.prefix = `${mark(c.prefix)} `;
  const locator = parseLocator(c.suffix);
  const suffix = locator ? locator.rest : c.suffix;
  if (locator) {
    out.locator = locator.value;
    out.label = locator.label;
  }
  if (suffix) out.suffix = /^[,;:.]/.test(suffix) ? mark(suffix) : ` ${mark(suffix)}`;
  return out;
}

function defuse(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('<', LT).replaceAll('>', GT);
  if (Array.isArray(value)) return value.map(defuse);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, defuse(v)]));
  return value;
}
