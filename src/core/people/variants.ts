import { editDistance } from '../edit-distance';
import { MAX_NAME_WORDS } from '../name-finder';
import { isFirstName } from '../name-lexicon';

/**
 * `Andrei`/`Andrey Belousov`, `Vladmir`/`Vladimir Putin`: two name keys (see `nameKey`) that
 * are one person's. Same surname in place, every other word equal or one or two edits apart;
 * or the shorter name is the longer one's last words.
 */
export function sameName(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) {
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    return short.length >= 2 && long.slice(-short.length).join(' ') === short.join(' ');
  }
  let differing = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (x[i][0] !== y[i][0] || Math.min(x[i].length, y[i].length) < 4 || editDistance(x[i], y[i]) > 2) return false;
    differing++;
  }
  return differing > 0 && differing < x.length;
}

/**
 * Keys that any two names `sameName` accepts have in common: the same last two words (for names of
 * different lengths), or one word equal in place with every other word starting with the same letter.
 */
export function blocks(key: string): string[] {
  const w = key.split(' ');
  if (w.length > MAX_NAME_WORDS) return [];
  const out = w.length >= 2 ? [`s|${w.slice(-2).join(' ')}`] : [];
  w.forEach((word, i) => out.push(`${w.length}|${i}|${word}|${w.map((x, j) => (j === i ? '' : x[0])).join('')}`));
  return out;
}

/** Accepted spellings: transliterations (`Andrei`/`Andrey`), romanisations and the lexicon's names; other near-misses are typos. */
export function isVariant(alias: string, name: string, fold: (s: string) => string): boolean {
  const a = fold(alias).split(' ');
  const b = fold(name).split(' ');
  if (a.length !== b.length) return true;
  const words = alias.replace(/-/g, ' ').split(/\s+/);
  return a.every((w, i) => w === b[i] || isFirstName(words[i] ?? w) || transliterated(w, b[i]));
}

function transliterated(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .replace(/ey$|ei$|ej$/, 'ei')
      .replace(/iy$|ii$|yi$/, 'i')
      .replace(/y/g, 'i')
      .replace(/ks/g, 'x')
      .replace(/ph/g, 'f')
      .replace(/ou/g, 'u');
  return fold(a) === fold(b);
}

/** A word is a likely typo when the lexicon does not know it but knows a close spelling used for the same name. */
export function looksMisspelt(word: string, names: string[], fold: (s: string) => string): boolean {
  if (isFirstName(word)) return false;
  return names.some((n) => n.split(' ').some((w) => w !== word && isFirstName(w) && editDistance(fold(w), fold(word)) <= 2));
}
