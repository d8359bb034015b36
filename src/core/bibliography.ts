import { toCslItems, type CslData } from './citation-js';
import { toCsl } from './csl';
import type { Source } from './types';

/** A work cited by key: from a bibliography file in the workspace (Zotero, Better BibTeX), or a source. */
export interface BibEntry {
  key: string;
  title?: string;
  /** Newspaper, journal, site or publisher. */
  outlet?: string;
  /** `2024-11-29`, `2024-11` or `2024`. */
  date?: string;
  authors: string[];
  /** What an author–date citation names: authors' family names, or organisations as written. */
  families: string[];
  url?: string;
  /** The file that defines the entry, and the 1-based line of its key there. */
  path: string;
  line?: number;
}

export interface Bibliography {
  path: string;
  entries: BibEntry[];
  /** Clear messages, each naming the file and line; the entries that could be read are still given. */
  errors: string[];
}

/**
 * Reads a BibTeX/BibLaTeX (`.bib`) or CSL-JSON (`.json`) bibliography. A `.json` file that is not
 * CSL-JSON (a `package.json`, settings) gives `undefined`: it is not a bibliography.
 */
export function parseBibliography(path: string, text: string): Bibliography | undefined {
  if (/\.bib$/i.test(path)) return parseBibtex(path, text);
  if (/\.json$/i.test(path)) return parseCslJson(path, text);
  return undefined;
}

function parseBibtex(path: string, text: string): Bibliography {
  try {
    return { path, entries: toEntries(toCslItems(text, '@biblatex/text'), path, text), errors: [] };
  } catch {
    // One broken entry stops citation.js's parser; read the file entry by entry to keep the rest.
    return parseBibtexEntries(path, text);
  }
}

function parseBibtexEntries(path: string, text: string): Bibliography {
  const result: Bibliography = { path, entries: [], errors: [] };
  for (const chunk of entryChunks(text)) {
    try {
      result.entries.push(...toEntries(toCslItems(chunk.text, '@biblatex/text'), path, text));
    } catch (err) {
      const label = /^\s*@\s*(\w+)\s*[{(]\s*([^,\s]*)/.exec(chunk.text);
      const what = label ? `entry @${label[1]}{${label[2]}}` : 'entry';
      const [, why = 'unreadable', line, col] = /^(.*?) at line (\d+) col (\d+)/s.exec((err as Error).message) ?? [undefined, (err as Error).message];
      const where = line ? ` at line ${chunk.line + Number(line) - 1} column ${col}` : '';
      result.errors.push(`${path}:${chunk.line}: ${what} is not valid BibTeX (${why.replace(/\bEOF\b/, 'the end of the entry')}${where}); its key is skipped`);
    }
  }
  return result;
}

/** The file cut at every `@` that opens a line: one entry (or comment) per piece, with its first line. */
function entryChunks(text: string): Array<{ text: string; line: number }> {
  const chunks: Array<{ text: string; line: number }> = [];
  const starts = [...text.matchAll(/^[ \t]*@/gm)].map((m) => m.index);
  starts.forEach((start, i) => {
    const line = text.slice(0, start).split('\n').length;
    chunks.push({ text: text.slice(start, starts[i + 1] ?? text.length), line });
  });
  return chunks;
}

function parseCslJson(path: string, text: string): Bibliography | undefined {
  // CSL-JSON is a list: most JSON in a workspace (package.json, settings) is an object, skipped unread.
  if (!/^\s*\[/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // Only a file that looks like a CSL-JSON export is worth an error; other broken JSON is not ours.
    if (/^\s*\[\s*\{/.test(text) && /"id"\s*:/.test(text) && /"type"\s*:/.test(text)) {
      return { path, entries: [], errors: [`${path}: not valid JSON, so no citation keys were read from it (${(err as Error).message})`] };
    }
    return undefined;
  }
  if (!isCslJson(data)) return undefined;
  const entries: BibEntry[] = [];
  const errors: string[] = [];
  data.forEach((item, i) => {
    if (typeof item.id === 'string' || typeof item.id === 'number') entries.push(...toEntries(toCslItems([item], '@csl/list+object'), path, text));
    else errors.push(`${path}: item ${i + 1} (${String(item.title ?? 'untitled')}) has no "id", so it cannot be cited`);
  });
  return { path, entries, errors };
}

/** CSL-JSON: a list of objects that each carry a CSL `type` and something to cite (a title, author or date). */
function isCslJson(data: unknown): data is CslData[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((d) => d !== null && typeof d === 'object' && !Array.isArray(d) && typeof (d as CslData).type === 'string' && ('title' in d || 'author' in d || 'issued' in d))
  );
}

function toEntries(items: CslData[], path: string, text: string): BibEntry[] {
  return items.map((item) => {
    const entry = entryFromCsl(item, path);
    entry.line = lineOfKey(text, entry.key);
    return entry;
  });
}

/** A CSL-JSON item as a citable entry (a bibliography's, or a source's through `toCsl`). */
export function entryFromCsl(item: CslData, path: string): BibEntry {
  const key = String(item['citation-key'] ?? item.id);
  const people = Array.isArray(item.author) ? (item.author as CslName[]) : [];
  const entry: BibEntry = { key, path, authors: people.map(fullName).filter(Boolean), families: people.map((n) => n.family ?? n.literal ?? '').filter(Boolean) };
  const title = str(item.title);
  const outlet = str(item['container-title']) ?? str(item.publisher);
  const date = dateOf(item.issued);
  const url = str(item.URL);
  if (title) entry.title = title;
  if (outlet) entry.outlet = outlet;
  if (date) entry.date = date;
  if (url) entry.url = url;
  return entry;
}

interface CslName {
  literal?: string;
  given?: string;
  family?: string;
}

function fullName(n: CslName): string {
  return n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function dateOf(issued: unknown): string | undefined {
  const parts = (issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  if (!Array.isArray(parts) || parts.length === 0) return str((issued as { raw?: unknown } | undefined)?.raw);
  return parts.map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** The line where the key is written: after `{` in BibTeX, as an `"id"` value in CSL-JSON. */
function lineOfKey(text: string, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(String.raw`[{(]\s*${escaped}\s*,|"id"\s*:\s*"?${escaped}"?`).exec(text)?.index;
  return at === undefined ? undefined : text.slice(0, at).split('\n').length;
}

/** A source as a citable entry, with the same title, outlet and date its CSL-JSON export has. */
export function sourceEntry(source: Source): BibEntry {
  return entryFromCsl(toCsl(source) as unknown as CslData, source.path);
}
