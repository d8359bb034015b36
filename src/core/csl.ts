import type { BibEntry } from './bibliography';
import { displayTitle } from './citations';
import type { Source } from './types';

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
  author?: Array<{ family: string; given?: string } | { literal: string }>;
}

/** CSL-JSON for `pandoc --citeproc` and reference managers. */
export function toCsl(source: Source): CslItem {
  const { meta } = source;
  const item: CslItem = { id: source.key, type: 'article-newspaper', title: displayTitle(source) };
  if (meta.outlet) item['container-title'] = meta.outlet;
  if (meta.place) item['publisher-place'] = meta.place;
  const date = meta.date && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(meta.date);
  if (date) item.issued = { 'date-parts': [date.slice(1).filter(Boolean).map(Number)] };
  if (meta.url) item.URL = meta.url;
  if (meta.authors.length) item.author = meta.authors.map(toCslName);
  return item;
}

function toCslName(name: string): { family: string; given?: string } | { literal: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || /[,;&]|\b(?:staff|press|news|agency)\b/i.test(name)) return { literal: name.trim() };
  return { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') };
}

/**
 * A bibliography entry as CSL-JSON for citeproc: a newspaper article when it names an outlet.
 * Authors whose family name is known are split into given and family names.
 */
export function entryToCsl(entry: BibEntry): CslItem | (Omit<CslItem, 'type'> & { type: 'document' }) {
  const item: CslItem | (Omit<CslItem, 'type'> & { type: 'document' }) = {
    id: entry.key,
    type: entry.outlet ? 'article-newspaper' : 'document',
    title: entry.title ?? entry.key,
  };
  if (entry.outlet) item['container-title'] = entry.outlet;
  const date = entry.date && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(entry.date);
  if (date) item.issued = { 'date-parts': [date.slice(1).filter(Boolean).map(Number)] };
  if (entry.url) item.URL = entry.url;
  if (entry.authors.length) item.author = entry.authors.map((name) => splitName(name, entry.families));
  return item;
}

function splitName(name: string, families: string[]): { family: string; given?: string } | { literal: string } {
  const family = families.find((f) => name === f || name.endsWith(` ${f}`));
  if (!family || family === name) return { literal: name };
  return { family, given: name.slice(0, name.length - family.length).trim() };
}
