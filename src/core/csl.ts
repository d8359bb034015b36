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
