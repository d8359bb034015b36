/**
 * Generated citation cases: each mixes where a citation stands (a paragraph, a note, code, math,
 * a link, HTML…) with what comes before the `@`, the key's shape, prefixes, locators and
 * suffixes. Seeded, so every run (and pandoc) sees the same few hundred drafts.
 */

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'doe99',
  'Foo_bar--baz',
  'a',
  'smith:2004',
  'x.y.',
  'ap-2024-11-29-belousov',
  '{https://x.org/a?b=c}',
  '{a b}',
  'k_',
  '_k',
  'doe99...',
  'пункт3',
  'a//b',
  'doe99,',
  'e:',
  '1999',
];
const BEFORE = [' ', ' ', ' ', '(', 'word.', 'josé', 'x_', '\\', '-', '--', '"', '*', '/', 'a.', 'a..', 'a...', '[', '`x` ', '$x$', '&amp;'];
const PREFIXES = ['', '', 'see ', '*see* ', 'cf. ', 'e.g., ', 'as argued in ', '"quoted" ', 'p. 3 '];
const SUFFIXES = [
  '',
  '',
  ', p. 3',
  ', pp. 33-35',
  ' and nowhere else',
  ', chap. 1',
  ', `code; ]`',
  ' [x]',
  ', 33',
  ',p.3',
  ' *passim*',
  ', "quoted"',
  ' -- more',
];
const PLACES: Array<(c: string) => string> = [
  (c) => `Text ${c} end.`,
  (c) => `Text ${c} end.`,
  (c) => `Text ${c} end.`,
  (c) => `A note.[^n]\n\n[^n]: In the note ${c}.`,
  (c) => `No reference.\n\n[^n]: In the note ${c}.`,
  (c) => `Code \`${c}\` here.`,
  (c) => `\`\`\`\n${c}\n\`\`\`\n\nAfter.`,
  (c) => `Para.\n\n    ${c}\n\nAfter.`,
  (c) => `Math $${c}$ and $$${c}$$.`,
  (c) => `[link ${c}](http://x.org/${c.replace(/\s/g, '')}).`,
  (c) => `<!-- ${c} --> shown.`,
  (c) => `> Quote ${c}.`,
  (c) => `- item ${c}\n- other`,
  (c) => `# Title ${c}`,
  (c) => `*em ${c}* and **strong ${c}**.`,
  (c) => `<span>${c}</span>`,
  (c) => `Line one\n${c} line two.`,
];

function pick<T>(r: () => number, list: T[]): T {
  return list[Math.floor(r() * list.length)];
}

function item(r: () => number, bracketed: boolean): string {
  const dash = bracketed && r() < 0.2 ? '-' : '';
  const prefix = bracketed ? pick(r, PREFIXES) : '';
  return `${prefix}${dash}@${pick(r, KEYS)}${bracketed ? pick(r, SUFFIXES) : ''}`;
}

function citation(r: () => number): string {
  const form = r();
  if (form < 0.45) {
    const n = 1 + Math.floor(r() * 3);
    return `[${Array.from({ length: n }, () => item(r, true)).join(pick(r, ['; ', ';', '; ', ' ; ']))}]`;
  }
  if (form < 0.7) return `${pick(r, BEFORE)}@${pick(r, KEYS)}`;
  if (form < 0.85) return `@${pick(r, KEYS)} [${pick(r, ['p. 33', 'chap. 2', '-@smith04', 'p. 3; @b', 'see @c', '33'])}]`;
  return `${item(r, false)}${pick(r, [' ', '', '\n'])}${pick(r, ['[p. 4]', '(x)', '[x](y)', '{.c}'])}`;
}

export function generatedCases(count: number, seed = 13): string[] {
  const r = random(seed);
  return Array.from({ length: count }, () => pick(r, PLACES)(citation(r)));
}
