import { BIBLIOGRAPHY_FORMATS, formatBibliography, isBibliographyFormat } from '../core/bibliography-export';
import { toCsl } from '../core/csl';
import type { GroundworkIndex } from '../core/groundwork-index';
import type { Person, Source } from '../core/types';

export const USAGE = `usage: groundwork <command> [options]

  groundwork entities [PATH...] [--json]      people, organisations and places, with every mention
  groundwork sources [PATH...] [--json]       sources with key, title, outlet, date, place, errors
  groundwork search QUERY [PATH...] [--json]  the passages that best match QUERY (fuzzy)
  groundwork bib [PATH...] [--format F]       the bibliography on stdout: csl (CSL-JSON, the default), bibtex, biblatex or ris
  groundwork check DRAFT... [--sources PATH...] [--format text|json]
                                              check drafts against the sources (see check --help)
  groundwork cites DRAFT... [--json]          every Pandoc citation in the drafts: key, mode, prefix, locator, suffix, range

PATH is a source file or a folder of .txt, .md and .html files; with none, the bundled seed articles.
`;

export interface CommandContext {
  index: GroundworkIndex;
  query?: string;
  flags: Set<string>;
  /** Options with a value, such as `--format` → `bibtex`. */
  options?: Map<string, string>;
  out: (text: string) => void;
}

const KNOWN_FLAGS = new Set(['--json', '--help']);

export function runCommand(command: string, ctx: CommandContext): number {
  const unknown = [...ctx.flags].filter((f) => !KNOWN_FLAGS.has(f));
  if (unknown.length) {
    process.stderr.write(`groundwork: unknown option ${unknown[0]}\n\n${USAGE}`);
    return 2;
  }
  const json = ctx.flags.has('--json');
  switch (command) {
    case 'entities':
      ctx.out(
        json
          ? JSON.stringify({ people: ctx.index.people.map(personJson), sources: ctx.index.sources.map(sourceJson) }, null, 2) + '\n'
          : entitiesText(ctx.index.people),
      );
      return 0;
    case 'sources':
      ctx.out(json ? JSON.stringify({ sources: ctx.index.sources.map(sourceJson) }, null, 2) + '\n' : sourcesText(ctx.index.sources));
      return 0;
    case 'search':
      return search(ctx, json);
    case 'bib':
      return bib(ctx);
    default:
      process.stderr.write(`groundwork: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

function personJson(p: Person) {
  return {
    name: p.name,
    kind: p.kind,
    role: p.role ?? null,
    roles: p.roles,
    roleDates: p.roleDates,
    aliases: p.aliases.map((a) => a.text),
    aliasKinds: p.aliases,
    mentions: p.mentions,
  };
}

function sourceJson(s: Source) {
  const { title, outlet, date, place, url, authors } = s.meta;
  return {
    key: s.key,
    path: s.path,
    format: s.format,
    title: title ?? null,
    outlet: outlet ?? null,
    date: date ?? null,
    place: place ?? null,
    url: url ?? null,
    authors,
    passages: s.passages.length,
    errors: s.errors,
  };
}

function entitiesText(people: Person[]): string {
  return people
    .filter((p) => p.kind === 'person')
    .map((p) => {
      const sources = new Set(p.mentions.map((m) => m.source)).size;
      const aka = p.aliases.length ? ` (also ${p.aliases.map((a) => a.text).join(', ')})` : '';
      return `${p.name}${aka} — ${p.role ?? 'no role given'} · ${p.mentions.length} mentions in ${sources} source${sources === 1 ? '' : 's'}\n`;
    })
    .join('');
}

function sourcesText(sources: Source[]): string {
  return sources
    .map(
      (s) =>
        `${s.key}  ${s.meta.title ?? '(untitled)'} — ${[s.meta.outlet, s.meta.date, s.meta.place].filter(Boolean).join(', ')}${s.errors.length ? `  [${s.errors.join('; ')}]` : ''}\n`,
    )
    .join('');
}

function bib(ctx: CommandContext): number {
  const format = ctx.options?.get('--format') ?? 'csl';
  if (!isBibliographyFormat(format)) {
    process.stderr.write(`groundwork bib: unknown format '${format}'; use ${Object.keys(BIBLIOGRAPHY_FORMATS).join(', ')}\n\n${USAGE}`);
    return 2;
  }
  ctx.out(formatBibliography(ctx.index.sources.filter((s) => s.passages.length > 0).map(toCsl), format));
  return 0;
}

function search(ctx: CommandContext, json: boolean): number {
  const hits = ctx.index.searchPassages(ctx.query ?? '', 10);
  if (json) {
    const results = hits.map((h) => ({
      source: h.source.key,
      path: h.source.path,
      passage: h.passage.id,
      score: Number(h.score.toFixed(4)),
      line: h.passage.line,
      column: h.passage.column,
      start: h.passage.start,
      end: h.passage.end,
      text: h.passage.text,
    }));
    ctx.out(JSON.stringify({ query: ctx.query, results }, null, 2) + '\n');
  } else {
    ctx.out(
      hits.map((h) => `${h.source.path}:${h.passage.line}:${h.passage.column}  [@${h.source.key}]  ${h.passage.text.slice(0, 160)}\n`).join('') ||
        'no matching passage\n',
    );
  }
  return 0;
}
