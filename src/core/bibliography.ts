import { toCslItems, type CslData } from './citation-js';
import { keyProblem } from './key-rule';
import { toCsl } from './csl';
import { shorten } from './markdown-text';
import { LineIndex } from './text-position';
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
    const errors: string[] = [];
    return { path, entries: toEntries(toCslItems(text, '@biblatex/text'), path, keyLines(text, false), errors), errors };
  } catch {
    // One broken entry stops citation.js's parser; read the file entry by entry to keep the rest.
    return parseBibtexEntries(path, text);
  }
}

function parseBibtexEntries(path: string, text: string): Bibliography {
  const result: Bibliography = { path, entries: [], errors: [] };
  const lines = keyLines(text, false);
  for (const chunk of entryChunks(text)) {
    try {
      result.entries.push(...toEntries(toCslItems(chunk.text, '@biblatex/text'), path, lines, result.errors));
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
  const lines = new LineIndex(text);
  const starts = [...text.matchAll(/^[ \t]*@/gm)].map((m) => m.index);
  return starts.map((start, i) => ({ text: text.slice(start, starts[i + 1] ?? text.length), line: lines.position(start).line }));
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
  const lines = keyLines(text, true);
  data.forEach((item, i) => {
    if (typeof item.id === 'string' || typeof item.id === 'number') entries.push(...toEntries(toCslItems([item], '@csl/list+object'), path, lines, errors));
    else errors.push(`${path}: item ${i + 1} (${typeof item.title === 'string' ? item.title : 'untitled'}) has no "id", so it cannot be cited`);
  });
  return { path, entries, errors };
}

/** CSL-JSON: a list of objects that each carry a CSL `type` and something to cite (a title, author or date). */
function isCslJson(data: unknown): data is CslData[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every(
      (d) =>
        d !== null && typeof d === 'object' && !Array.isArray(d) && typeof (d as CslData).type === 'string' && ('title' in d || 'author' in d || 'issued' in d),
    )
  );
}

/** Entries with a key a draft can cite; any other key is the file's error, not an entry. */
function toEntries(items: CslData[], path: string, lines: KeyLines, errors: string[]): BibEntry[] {
  return items.flatMap((item) => {
    const entry = entryFromCsl(item, path);
    entry.line = lines.get(entry.key);
    const problem = keyProblem(entry.key);
    if (!problem) return [entry];
    errors.push(`${path}${entry.line ? `:${entry.line}` : ''}: the key "${shorten(entry.key, 60)}" ${problem}; the entry is skipped`);
    return [];
  });
}

/** A CSL-JSON item as a citable entry (a bibliography's, or a source's through `toCsl`). */
export function entryFromCsl(item: CslData, path: string): BibEntry {
  const key = String((item['citation-key'] as string | undefined) ?? item.id);
  const people = Array.isArray(item.author) ? (item.author as CslName[]) : [];
  const entry: BibEntry = {
    key,
    path,
    authors: people.map(fullName).filter(Boolean),
    families: people.map((n) => n.family ?? n.literal ?? '').filter(Boolean),
  };
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

type KeyLines = Map<string, number>;

// Where keys are written: after `{` or `(` in BibTeX, as an `"id"` value in CSL-JSON.
const BIBTEX_KEY = /@[A-Za-z]+[ \t\r\n]*[{(][ \t\r\n]*([^,\s{}()"]+)[ \t\r\n]*,/g;
const CSL_ID = /"id"[ \t\r\n]*:[ \t\r\n]*(?:"((?:[^"\\\n]|\\.)*)"|(-?\d+(?:\.\d+)?))/g;

/** The 1-based line of each key's first definition, in one pass over the file. */
function keyLines(text: string, json: boolean): KeyLines {
  const lines = new LineIndex(text);
  const found: KeyLines = new Map();
  for (const m of text.matchAll(json ? CSL_ID : BIBTEX_KEY)) {
    const key = json && m[1] !== undefined ? jsonString(m[1]) : (m[1] ?? m[2]);
    if (key !== undefined && !found.has(key)) found.set(key, lines.position(m.index).line);
  }
  return found;
}

function jsonString(body: string): string | undefined {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return undefined;
  }
}

/** A source as a citable entry, with the same title, outlet and date its CSL-JSON export has. */
export function sourceEntry(source: Source): BibEntry {
  return entryFromCsl(toCsl(source) as unknown as CslData, source.path);
}
