import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One citation as pandoc's Cite element gives it; text fields are plain text. */
export interface PandocCite {
  key: string;
  mode: 'normal' | 'suppress-author' | 'author-in-text';
  prefix: string;
  suffix: string;
  /** The Cite element's own text: the citation as written. */
  text: string;
}

type Json = { t?: string; c?: unknown } | Json[] | string | number | null;

const MODES: Record<string, PandocCite['mode']> = { NormalCitation: 'normal', SuppressAuthor: 'suppress-author', AuthorInText: 'author-in-text' };

/** Runs real pandoc (`-f markdown -t json`) once over all cases; returns each case's citations. */
export function pandocCites(dir: string, cases: string[]): PandocCite[][] {
  const file = join(dir, 'cases.bin');
  writeFileSync(file, cases.map((c) => `${c}\x1e`).join(''));
  const lua = join(process.cwd(), 'test', 'fixtures', 'citations', 'read-cases.lua');
  const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'json', '--lua-filter', lua], {
    input: '',
    encoding: 'utf8',
    env: { ...process.env, CASES: file },
    maxBuffer: 1 << 28,
  });
  if (r.error || r.status !== 0) throw new Error(`pandoc failed: ${r.error?.message ?? r.stderr}`);
  const doc = JSON.parse(r.stdout) as { blocks: Array<{ c: [unknown, Json] }> };
  return doc.blocks.map((div) => {
    const out: PandocCite[] = [];
    collect(div.c[1], out);
    return out;
  });
}

function collect(node: Json, out: PandocCite[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (node.t === 'Cite') {
    const [citations, content] = node.c as [Array<Record<string, Json>>, Json];
    for (const c of citations) {
      out.push({
        key: c.citationId as string,
        mode: MODES[(c.citationMode as { t: string }).t],
        prefix: plain(c.citationPrefix),
        suffix: plain(c.citationSuffix),
        text: plain(content),
      });
      collect(c.citationPrefix, out);
      collect(c.citationSuffix, out);
    }
    return;
  }
  collect(node.c ?? null, out);
}

/** pandoc's `stringify`, keeping the quotation marks of Quoted. */
export function plain(node: Json): string {
  if (Array.isArray(node)) return node.map(plain).join('');
  if (!node || typeof node !== 'object') return '';
  const c = node.c as Json[];
  switch (node.t) {
    case 'Str':
      return node.c as string;
    case 'Space':
    case 'SoftBreak':
    case 'LineBreak':
      return ' ';
    case 'Code':
    case 'Math':
      return c[1] as string;
    case 'Quoted':
      return `"${plain(c[1])}"`;
    case 'Cite':
      return plain(c[1]);
    case 'Note':
    case 'RawInline':
      return '';
    case 'Link':
    case 'Image':
    case 'Span':
      return plain(c[1]);
    default:
      return plain(node.c ?? null);
  }
}
