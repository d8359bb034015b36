import type { CslItem } from './csl';
import { isValidKey } from './key-rule';

/**
 * BibTeX and BibLaTeX for our own CSL items (one shape: a newspaper article). Written here, not by
 * citation.js, whose writer drops emoji and leaves `url` and literal names unescaped, so that one
 * hostile title could break the file or inject an entry or a LaTeX command.
 */
export function formatBibtex(items: CslItem[], dialect: 'bibtex' | 'biblatex'): string {
  return items.map((item) => entry(item, dialect)).join('\n');
}

function entry(item: CslItem, dialect: 'bibtex' | 'biblatex'): string {
  if (!isValidKey(item.id)) throw new Error(`not a citation key: ${JSON.stringify(item.id.slice(0, 100))}`);
  const date = item.issued?.['date-parts'][0] ?? [];
  const fields: Array<[string, string | undefined]> = [
    ['author', item.author?.map(name).join(' and ')],
    // Braced, so a reader keeps its case: pandoc otherwise lowercases capitalised words (proper names too).
    ['title', `{${text(item.title)}}`],
    [dialect === 'bibtex' ? 'journal' : 'journaltitle', text(item['container-title'])],
    ['publisher', text(item.publisher)],
    [dialect === 'bibtex' ? 'address' : 'location', text(item['publisher-place'])],
    ...(dialect === 'bibtex'
      ? ([
          ['year', date[0]?.toString()],
          ['month', date[1]?.toString()],
        ] as Array<[string, string | undefined]>)
      : ([['date', date.length ? date.map((p, i) => String(p).padStart(i ? 2 : 4, '0')).join('-') : undefined]] as Array<[string, string | undefined]>)),
    ['url', item.URL === undefined ? undefined : url(item.URL)],
  ];
  const body = fields
    .filter(([, v]) => v)
    .map(([k, v]) => `\t${k} = {${v}},\n`)
    .join('');
  return `@article{${item.id},\n${body}}\n`;
}

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

// Controls (C0, DEL, C1) mean nothing in a bibliography and some end a value for a reader.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A field's text with every character that means something to BibTeX or LaTeX escaped; one line. */
export function text(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value
    .replace(/\s+/g, ' ')
    .replace(CONTROLS, '')
    .trim()
    .replace(/[\\{}$%&#_~^]/g, (c) => TEX[c]);
}

/** A name in braces, so neither `and` nor a comma inside it splits it. */
function name(n: { family: string; given?: string } | { literal: string }): string {
  if ('literal' in n) return `{${text(n.literal)}}`;
  return n.given ? `{${text(n.family)}}, {${text(n.given)}}` : `{${text(n.family)}}`;
}

/** `url` is read verbatim: the characters that could end or unbalance the value are percent-encoded, as a URI has them. */
function url(value: string): string {
  return value.trim().replace(/[{}\\\s\u0000-\u001f\u007f-\u009f]/g, (c) => encodeURIComponent(c));
}
