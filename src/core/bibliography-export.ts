import { Cite } from './citation-js';
import type { CslItem } from './csl';

export type BibliographyFormat = 'csl' | 'bibtex' | 'biblatex' | 'ris';

export const BIBLIOGRAPHY_FORMATS: Record<BibliographyFormat, { label: string; extension: string }> = {
  csl: { label: 'CSL-JSON', extension: 'json' },
  bibtex: { label: 'BibTeX', extension: 'bib' },
  biblatex: { label: 'BibLaTeX', extension: 'bib' },
  ris: { label: 'RIS', extension: 'ris' },
};

export function isBibliographyFormat(value: string): value is BibliographyFormat {
  return Object.hasOwn(BIBLIOGRAPHY_FORMATS, value);
}

/** The items as CSL-JSON (pandoc, Zotero), BibTeX or BibLaTeX (LaTeX, pandoc), or RIS (reference managers). */
export function formatBibliography(items: CslItem[], format: BibliographyFormat): string {
  if (format === 'csl') return JSON.stringify(items, null, 2) + '\n';
  if (format === 'ris') return formatRis(items);
  // citation.js writes `citation-key` as the BibTeX label.
  const cite = new Cite(items.map((item) => ({ ...item, 'citation-key': item.id })));
  return cite.format(format).trim() + '\n';
}

/**
 * citation.js maps the fields; the records are written here because its text output breaks every
 * value at 70 characters (a reader joins `Fri` + `day` as `Fri day`) and cuts `ID` to 20 characters.
 */
function formatRis(items: CslItem[]): string {
  // The RIS spec names a newspaper article's authors `reporter` (AU); CSL calls them `author`.
  const cite = new Cite(items.map((item) => ({ ...item, reporter: item.author })));
  const records = cite.format('ris', { format: 'object' }) as unknown as Array<Record<string, string | string[]>>;
  return records
    .map((record, i) => {
      const fields = Object.entries({ ...record, ID: items[i].id }).filter(([tag]) => tag !== 'TY');
      const lines = fields.flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v).replace(/\s+/g, ' ')}`));
      return [`TY  - ${record.TY}`, ...lines, 'ER  - '].join('\n');
    })
    .join('\n\n') + '\n';
}
