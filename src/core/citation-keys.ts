import type { ParsedSource } from './parse-source';
import { findNames, PERSON_SCORE } from './name-finder';
import { isSurnameFirst } from './name-lexicon';

const AGENCIES: Record<string, string> = {
  'the associated press': 'ap', 'associated press': 'ap', ap: 'ap', reuters: 'reuters', 'agence france-presse': 'afp',
  afp: 'afp', 'united press international': 'upi', upi: 'upi', 'tribune news service': 'tns', tns: 'tns',
  'yonhap news agency': 'yonhap', yonhap: 'yonhap', 'bloomberg news': 'bloomberg', 'the new york times': 'nyt',
  'the washington post': 'wapo', 'the wall street journal': 'wsj', 'the guardian': 'guardian', 'bbc news': 'bbc',
};

const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'of', 'for', 'to', 'and', 'at', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'after', 'over', 'new']);

export function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export function outletSlug(outlet: string): string {
  return AGENCIES[outlet.toLowerCase()] ?? slug(outlet.replace(/^the\s+/i, '')).split('-').slice(0, 2).join('-');
}

/** The word a key names the story by: the first person in the title or lead, else a title word. */
function subjectWord(source: ParsedSource): string | undefined {
  const texts = [source.meta.title ?? '', source.passages.find((p) => p.kind === 'body')?.sentences[0]?.text ?? ''];
  for (const text of texts) {
    const person = findNames(text).find((c) => c.kind === 'unknown' && c.score >= PERSON_SCORE);
    if (person) {
      const { words } = person;
      return slug(words.length > 1 && isSurnameFirst(words[0]) ? words[0] : words[words.length - 1]);
    }
  }
  const titleWord = (source.meta.title ?? '').split(/\s+/).map(slug).find((w) => w.length > 2 && !STOP.has(w));
  return titleWord;
}

function fileStem(path: string): string {
  return slug(path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')) || 'source';
}

/** `ap-2024-11-29-belousov`: outlet, date and subject; a front matter `key` wins. */
export function proposeKey(source: ParsedSource): string {
  if (source.declaredKey) return source.declaredKey;
  const parts = [source.meta.outlet ? outletSlug(source.meta.outlet) : '', source.meta.date ?? '', subjectWord(source) ?? ''];
  const filled = parts.filter(Boolean);
  if (filled.length === 0) return fileStem(source.path);
  if (filled.length === 1) filled.push(...slug(source.meta.title ?? '').split('-').filter((w) => w && !STOP.has(w) && w !== filled[0]).slice(0, 2));
  return filled.join('-');
}

/** Gives every source a unique key; a clash is settled by path order, so keys do not move between runs. */
export function assignKeys(sources: ParsedSource[], propose: (source: ParsedSource) => string = proposeKey): void {
  const byPath = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const used = new Set<string>();
  for (const source of byPath) {
    const base = propose(source);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    source.key = key;
    source.passages.forEach((p, i) => {
      p.id = `${key}#${i + 1}`;
      p.sourceKey = key;
    });
  }
}
