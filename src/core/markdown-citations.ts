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
  /** Keys of citations inside the group's affixes (`[@a, and @b]`): rendered with the affix, by the same engine. */
  nested: string[];
  doc?: ReferencesMeta;
}

/** The document-wide facts the renderer needs, kept on the last token (VS Code caches tokens and renders with another `env`). */
interface ReferencesMeta {
  keys: string[];
  csl?: string;
}

const ENV_SCAN = Symbol('groundwork.scan');

/** The document's scan, with its facts as sets for the rules that ask often. */
interface DocScan {
  unclosedFences: Set<number>;
  examples: Set<string>;
}

type Env = Record<symbol, DocScan | undefined>;

/**
 * A fence that nothing closes is text to pandoc, but CommonMark runs it to the end of the
 * document: markdown-it's fence rule is asked only for fences pandoc closes.
 */
function pandocFences(md: MarkdownIt): void {
  const rule = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: MarkdownIt.ParserBlock.RuleBlock }> }).__rules__.find(
    (r) => r.name === 'fence',
  );
  if (!rule) return;
  const fence = rule.fn;
  md.block.ruler.at(
    'fence',
    (state, startLine, endLine, silent) => {
      const unclosed = (state.env as Env)?.[ENV_SCAN]?.unclosedFences;
      if (unclosed?.has(startLine)) return false;
      return fence(state, startLine, endLine, silent);
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
  );
}

/**
 * Renders Pandoc citations as `pandoc --citeproc` does: pandoc's reading of each citation (the
 * core's parser), formatted by citeproc-js in the draft's CSL style (front-matter `csl:`, else the
 * host's choice, else Chicago author-date), with the bibliography at the end. `[^key]` footnotes
 * render through markdown-it-footnote. Text from sources and bibliographies stays text.
 */
export function citationPlugin(md: MarkdownIt, options: () => CitationRenderOptions): void {
  md.use(footnote).use(linearFootnoteTail);
  md.core.ruler.before('block', 'groundwork_scan', (state) => {
    if (!state.env || typeof state.env !== 'object') return false;
    const scan = scanMarkdown(state.src);
    (state.env as Env)[ENV_SCAN] = { unclosedFences: new Set(scan.unclosedFences), examples: new Set(scan.examples) };
    return false;
  });
  pandocFences(md);
  md.inline.ruler.before('link', 'groundwork_citation', (state, silent) => citationRule(state, silent));
  md.core.ruler.push('groundwork_references', (state) => referencesRule(state));
  // One context per rendering (`env` is new each time) and document: its engine knows every cited work.
  const contexts = new WeakMap<object, Map<ReferencesMeta | undefined, RenderContext>>();
  const contextOf = (doc: ReferencesMeta | undefined, env: unknown) => {
    const key = env && typeof env === 'object' ? env : contexts;
    let byDoc = contexts.get(key);
    if (!byDoc) contexts.set(key, (byDoc = new Map<ReferencesMeta | undefined, RenderContext>()));
    let ctx = byDoc.get(doc);
    if (!ctx) byDoc.set(doc, (ctx = new RenderContext(md, doc, options(), env)));
    return ctx;
  };
  md.renderer.rules.groundwork_citation = (tokens, idx, _opts, env) => {
    const meta = tokens[idx].meta as CitationMeta;
    // A citation in an affix renders inside its group's rendering, with the group's engine.
    return (meta.doc ? contextOf(meta.doc, env) : (RenderContext.active ?? contextOf(undefined, env))).citation(meta, env);
  };
  md.renderer.rules.groundwork_references = (tokens, idx, _opts, env) => contextOf(tokens[idx].meta as ReferencesMeta, env).references();
  const footnoteRef = md.renderer.rules.footnote_ref!;
  md.renderer.rules.footnote_ref = (tokens, idx, opts, env, self) => {
    const html = footnoteRef(tokens, idx, opts, env, self);
    const title = contextOf(undefined, env).title(String((tokens[idx].meta as { label?: string } | null)?.label ?? ''));
    return title ? html.replace('<a ', `<a title="${md.utils.escapeHtml(title)}" `) : html;
  };
}

const groupsBySource = new WeakMap<StateInline, Map<number, { group: Citation[]; nested: string[] }>>();

/** Citation groups of this inline text by start offset, with the keys cited inside each, read once per inline state. */
function groupsAt(state: StateInline): Map<number, { group: Citation[]; nested: string[] }> {
  let groups = groupsBySource.get(state);
  if (!groups) {
    const examples = (state.env as Env)?.[ENV_SCAN]?.examples ?? new Set<string>();
    const all = citationGroups(parseInlineCitations(state.src, examples));
    groups = new Map();
    // Groups come in order of their first key; one inside another starts after it and ends before its end.
    const open: Array<{ group: Citation[]; nested: string[] }> = [];
    for (const group of all.sort((a, b) => a[0].start - b[0].start)) {
      while (open.length && open[open.length - 1].group[0].end <= group[0].start) open.pop();
      for (const outer of open) outer.nested.push(...group.map((c) => c.key));
      const entry = { group, nested: [] as string[] };
      groups.set(group[0].start, entry);
      open.push(entry);
    }
    groupsBySource.set(state, groups);
  }
  return groups;
}

function citationRule(state: StateInline, silent: boolean): boolean {
  const ch = state.src.charCodeAt(state.pos);
  if (ch !== 0x5b /* [ */ && ch !== 0x40 /* @ */) return false;
  const found = groupsAt(state).get(state.pos);
  if (!found || found.group[0].end > state.posMax) return false;
  const { group, nested } = found;
  if (!silent) state.push('groundwork_citation', '', 0).meta = { group, nested, raw: state.src.slice(group[0].start, group[0].end) } satisfies CitationMeta;
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
        for (const key of meta.nested) keys.add(key);
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
  /** The context rendering a group now, whose affixes may hold citations. */
  static active: RenderContext | undefined;
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
    const esc = (text: string) => this.md.utils.escapeHtml(text);
    const engine = this.engine();
    // What pandoc read, for scripts and tests: `key:mode` for each cited work.
    const cites = `data-cites="${esc(group.map((c) => `${c.key}:${c.mode}`).join(' '))}"`;
    const outer = RenderContext.active;
    RenderContext.active = this;
    let rendered: string | undefined;
    try {
      rendered = engine.cite(group, (markdown) => this.md.renderInline(markdown, env));
    } finally {
      RenderContext.active = outer;
    }
    if (rendered === undefined) {
      const unknown = group.filter((c) => !engine.has(c.key)).map((c) => c.key);
      return `<span class="groundwork-citation-unknown" ${cites} title="${esc(`No source or bibliography entry has the key ${unknown.map((k) => `@${k}`).join(', ')}`)}">${esc(raw)}</span>`;
    }
    // A span, not a link: an affix may hold citations of its own, and pandoc links none by default.
    const title = this.title(group[0].key);
    return `<span class="groundwork-citation" ${cites}${title ? ` title="${esc(title)}"` : ''}>${rendered}</span>`;
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
