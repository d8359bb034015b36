import { Cite } from './citation-js';
import { formatBibtex } from './bibtex-writer';
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
  return formatBibtex(items, format);
}

/**
 * citation.js maps the fields, to the RIS tags of the original spec (`A1`, `T1`, `JF`, `Y1`), which
 * every reader takes: its newer tag set drops a newspaper article's authors and day. The records
 * are written here because its text output breaks values at 70 characters (a reader joins `Fri` +
 * `day` as `Fri day`) and cuts `ID`, the citation key, to 20 characters.
 */
function formatRis(items: CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object', spec: 'old' }) as unknown as Array<Record<string, string | string[]>>;
  return (
    records
      .map((record, i) => {
        const fields = Object.entries({ ...record, ID: items[i].id }).filter(([tag]) => tag !== 'TY');
        const lines = fields.flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v).replace(/\s+/g, ' ')}`));
        return [`TY  - ${String(record.TY)}`, ...lines, 'ER  - '].join('\n');
      })
      .join('\n\n') + '\n'
  );
}
