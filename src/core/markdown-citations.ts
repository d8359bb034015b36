import type { CslData } from '@citation-js/core';
import type MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { CitationRenderer } from './citeproc';
import { linearFootnoteTail } from './footnote-tail';
import { citationMetadata } from './draft-metadata';
import { citationGroups, parseInlineCitations, scanMarkdown, type Citation } from './pandoc-citations';

export type CitationFormat = 'author-date' | 'numbered';

export interface CitationRenderOptions {
  /** The CSL-JSON of the work a key cites; `undefined` for an unknown key. */
  item(key: string): CslData | undefined;
  /** The style for the draft's front-matter `csl:` (undefined when it names none): CSL XML or a bundled style's name; undefined for pandoc's default. */
  style(csl: string | undefined, env: unknown): string | undefined;
}

type StateInline = MarkdownIt.StateInline;
type Token = ReturnType<MarkdownIt['parse']>[number];

/** A citation token's meta: the group as pandoc reads it, the Markdown it was written as, and its document. */
interface CitationMeta {
  group: Citation[];
  raw: string;
  doc?: ReferencesMeta;
}

/** The document-wide facts the renderer needs, kept on the last token (VS Code caches tokens and renders with another `env`). */
interface ReferencesMeta {
  keys: string[];
  csl?: string;
}

const ENV_EXAMPLES = Symbol('groundwork.examples');

/**
 * Renders Pandoc citations as `pandoc --citeproc` does: pandoc's reading of each citation (the
 * core's parser), formatted by citeproc-js in the draft's CSL style (front-matter `csl:`, else the
 * host's choice, else Chicago author-date), with the bibliography at the end. `[^key]` footnotes
 * render through markdown-it-footnote. Text from sources and bibliographies stays text.
 */
export function citationPlugin(md: MarkdownIt, options: () => CitationRenderOptions): void {
  md.use(footnote).use(linearFootnoteTail);
  md.core.ruler.before('inline', 'groundwork_examples', (state) => {
    (state.env as Record<symbol, unknown>)[ENV_EXAMPLES] = new Set(scanMarkdown(state.src).examples);
    return false;
  });
  md.inline.ruler.before('link', 'groundwork_citation', (state, silent) => citationRule(state, silent));
  md.core.ruler.push('groundwork_references', (state) => referencesRule(state));
  // One context per rendering (`env` is new each time) and document: its engine knows every cited work.
  const contexts = new WeakMap<object, Map<ReferencesMeta | undefined, RenderContext>>();
  const contextOf = (doc: ReferencesMeta | undefined, env: unknown) => {
    const key = (env && typeof env === 'object' ? env : contexts) as object;
    let byDoc = contexts.get(key);
    if (!byDoc) contexts.set(key, (byDoc = new Map()));
    let ctx = byDoc.get(doc);
    if (!ctx) byDoc.set(doc, (ctx = new RenderContext(md, doc, options(), env)));
    return ctx;
  };
  md.renderer.rules.groundwork_citation = (tokens, idx, _opts, env) => {
    const meta = tokens[idx].meta as CitationMeta;
    return contextOf(meta.doc, env).citation(meta, env);
  };
  md.renderer.rules.groundwork_references = (tokens, idx, _opts, env) => contextOf(tokens[idx].meta as ReferencesMeta, env).references();
  const footnoteRef = md.renderer.rules.footnote_ref!;
  md.renderer.rules.footnote_ref = (tokens, idx, opts, env, self) => {
    const html = footnoteRef(tokens, idx, opts, env, self);
    const title = contextOf(undefined, env).title(String(tokens[idx].meta?.label ?? ''));
    return title ? html.replace('<a ', `<a title="${md.utils.escapeHtml(title)}" `) : html;
  };
}

const groupsBySource = new WeakMap<StateInline, Map<number, Citation[]>>();

/** Citation groups of this inline text by start offset, read once per inline state. */
function groupsAt(state: StateInline): Map<number, Citation[]> {
  let groups = groupsBySource.get(state);
  if (!groups) {
    const examples = ((state.env as Record<symbol, unknown>)?.[ENV_EXAMPLES] as Set<string> | undefined) ?? new Set<string>();
    groups = new Map(citationGroups(parseInlineCitations(state.src, examples)).map((g) => [g[0].start, g]));
    groupsBySource.set(state, groups);
  }
  return groups;
}

function citationRule(state: StateInline, silent: boolean): boolean {
  const ch = state.src.charCodeAt(state.pos);
  if (ch !== 0x5b /* [ */ && ch !== 0x40 /* @ */) return false;
  const group = groupsAt(state).get(state.pos);
  if (!group || group[0].end > state.posMax) return false;
  if (!silent) state.push('groundwork_citation', '', 0).meta = { group, raw: state.src.slice(group[0].start, group[0].end) } satisfies CitationMeta;
  state.pos = group[0].end;
  return true;
}

/** Collects the cited keys in order of first use, and adds the bibliography after the last block. */
function referencesRule(state: MarkdownIt.StateCore): void {
  // An affix rendered inline (`[*see* @a]`) is part of a document whose list is made already.
  if (state.inlineMode) return;
  const keys = new Set<string>();
  const { csl } = citationMetadata(state.src);
  const doc: ReferencesMeta = { keys: [], ...(csl ? { csl } : {}) };
  const visit = (tokens: Token[] | null) => {
    for (const token of tokens ?? []) {
      if (token.type === 'groundwork_citation') {
        const meta = token.meta as CitationMeta;
        meta.doc = doc;
        for (const c of meta.group) keys.add(c.key);
      }
      visit(token.children);
    }
  };
  visit(state.tokens);
  if (keys.size === 0) return;
  doc.keys = [...keys];
  const references = new state.Token('groundwork_references', '', 0);
  references.meta = doc;
  references.block = true;
  state.tokens.push(references);
}

/** One rendering of one document: a citeproc engine for its style with every work it cites. */
class RenderContext {
  private renderer?: CitationRenderer;
  /** citeproc takes about a millisecond a citation: the same citation renders once per rendering. */
  private readonly rendered = new Map<string, string>();

  constructor(
    private readonly md: MarkdownIt,
    private readonly doc: ReferencesMeta | undefined,
    private readonly options: CitationRenderOptions,
    private readonly env: unknown,
  ) {}

  private engine(): CitationRenderer {
    if (this.renderer) return this.renderer;
    const meta = this.doc;
    const keys = meta?.keys ?? [];
    const items = keys.map((k) => this.options.item(k)).filter((i): i is CslData => i !== undefined);
    this.renderer = new CitationRenderer(items, keys, 'html', this.options.style(meta?.csl, this.env));
    return this.renderer;
  }

  citation(meta: CitationMeta, env: unknown): string {
    const id = JSON.stringify(meta.group.map((c) => [c.key, c.mode, c.prefix, c.suffix]));
    let html = this.rendered.get(id);
    if (html === undefined) this.rendered.set(id, (html = this.render(meta, env)));
    return html;
  }

  private render({ group, raw }: CitationMeta, env: unknown): string {
    const esc = this.md.utils.escapeHtml;
    const engine = this.engine();
    const rendered = engine.cite(group, (markdown) => this.md.renderInline(markdown, env));
    if (rendered === undefined) {
      const unknown = group.filter((c) => !engine.has(c.key)).map((c) => c.key);
      return `<span class="groundwork-citation-unknown" title="${esc(`No source or bibliography entry has the key ${unknown.map((k) => `@${k}`).join(', ')}`)}">${esc(raw)}</span>`;
    }
    const title = this.title(group[0].key);
    return `<a class="groundwork-citation" href="#${refId(group[0].key)}"${title ? ` title="${esc(title)}"` : ''}>${rendered}</a>`;
  }

  references(): string {
    const entries = this.engine().bibliography();
    if (entries.length === 0) return '';
    const list = entries.map(({ key, entry }) => entry.replace('<div class="csl-entry">', `<div class="csl-entry" id="${refId(key)}">`)).join('');
    return `<section class="groundwork-references">\n<h2>References</h2>\n<div class="csl-bib-body">\n${list}</div>\n</section>\n`;
  }

  title(key: string): string | undefined {
    const title = this.options.item(key)?.title;
    return typeof title === 'string' ? title : undefined;
  }
}

function refId(key: string): string {
  return `gw-ref-${encodeURIComponent(key)}`;
}
