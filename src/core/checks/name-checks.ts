import type { GroundworkIndex } from '../groundwork-index';
import { isCommonWord } from '../name-lexicon';
import { editDistance } from '../edit-distance';
import type { Person } from '../types';
import type { DraftText } from './draft-text';
import { nameNeighbours, MIN_WORD, type Spelling } from './name-neighbours';
import type { Finding, Fix } from './types';
import { foldText } from '../text-fold';

type Draft = Omit<Finding, 'severity'>;

interface DraftWord {
  text: string;
  folded: string;
  start: number;
  end: number;
  /** Only spaces between this word and the next: they can belong to one name. */
  joined: boolean;
}

const NAME_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Draft words looked at between two pauses. */
const WORDS_PER_STEP = 500;

/**
 * Names close to a person's accepted spellings but not one of them, and the sources' own typos:
 * in steps that yield, so that a check of a long draft on a large corpus can pause between them.
 */
export function* checkNames(index: GroundworkIndex, draft: DraftText, ignored: Set<string>, notPeople: Set<string>): Generator<void, Draft[]> {
  const findings: Draft[] = [];
  // Characters already inside a name, known or flagged: a flat mark keeps the check linear in names.
  const taken = new Uint8Array(draft.prose.length);
  const take = (start: number, end: number) => taken.fill(1, start, end);
  const isTaken = (start: number, end: number) => taken.subarray(start, end).includes(1);
  const skip = (text: string) => ignored.has(fold(text)) || text.split(/\s+/).some((w) => notPeople.has(fold(w)));
  for (const hit of index.matchNames(draft.prose)) {
    const alias = hit.value.aliases.find((a) => a.kind === 'misspelling' && fold(a.text) === fold(hit.text));
    take(hit.start, hit.end);
    if (!alias || skip(hit.text)) continue;
    findings.push(finding(hit.text, hit.start, hit.end, hit.value, hit.value.name, 'the sources themselves misspell it'));
  }
  yield;
  const table = yield* nameNeighbours(index);
  const words = draftWords(draft.prose);
  for (let i = 0; i < words.length; i++) {
    if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    const word = words[i];
    if (!/^\p{Lu}/u.test(word.text) || word.folded.length < 3 || table.knownWords.has(word.folded)) continue;
    if (isTaken(word.start, word.end)) continue;
    const fit = bestFit(
      words,
      i,
      table.near(word.folded).flatMap((w) => table.spellingsWith(w)),
    );
    // `Bidden` is a word, but not in `President Joe Bidden`: the rest of the name is a known person's.
    if (!fit || (isCommonWord(word.text) && fit.spelling.words.length < 2)) continue;
    const text = draft.text.slice(fit.start, fit.end);
    if (skip(text)) continue;
    take(fit.start, fit.end);
    findings.push(finding(text, fit.start, fit.end, fit.spelling.person, fit.spelling.text));
  }
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * The longest accepted spelling that lines up with the draft words around word `i`, each
 * misspelt word within one edit (two for long words). A one-word name must be long; in a
 * longer name at least one word must be spelt right.
 */
function bestFit(words: DraftWord[], i: number, spellings: Spelling[]): { spelling: Spelling; start: number; end: number } | undefined {
  let best: { spelling: Spelling; start: number; end: number } | undefined;
  for (const spelling of spellings) {
    const size = spelling.words.length;
    for (let at = 0; at < size; at++) {
      const first = i - at;
      const last = first + size - 1;
      if (first < 0 || last >= words.length || !words.slice(first, last).every((w) => w.joined)) continue;
      const draft = words.slice(first, last + 1);
      const exact = spelling.words.filter((w, k) => draft[k].folded === w).length;
      const close = spelling.words.every((w, k) => draft[k].folded === w || isTypo(draft[k], w));
      const enough = size === 1 ? spelling.words[0].length >= MIN_WORD : exact >= 1 && exact * 2 >= size;
      if (close && enough && exact < size && (!best || size > best.spelling.words.length)) {
        best = { spelling, start: draft[0].start, end: draft[size - 1].end };
      }
    }
  }
  return best;
}

function isTypo(word: DraftWord, correct: string): boolean {
  if (!/^\p{Lu}/u.test(word.text) || word.folded.length < 3) return false;
  return editDistance(word.folded, correct) <= (correct.length >= 8 ? 2 : 1);
}

function finding(text: string, start: number, end: number, person: Person, correct: string, why?: string): Draft {
  const role = person.role ? ` (${person.role})` : '';
  const fixes: Fix[] = [
    { title: `Change to ‘${correct}’`, edits: [{ start, end, text: correct }], preferred: true },
    { title: `Ignore ‘${text}’ in this workspace`, edits: [], remember: { list: 'ignoredNames', name: text } },
    { title: `‘${text}’ is not a person`, edits: [], remember: { list: 'notPeople', name: text } },
  ];
  const message = `‘${text}’ looks like a misspelling of ${person.name}${role}${why ? `; ${why}` : ''}.`;
  return { rule: 'misspelled-name', message, start, end, fixes };
}

function draftWords(prose: string): DraftWord[] {
  const words = [...prose.matchAll(NAME_WORD)].map((m) => {
    const text = m[0].replace(/['’]s$/, '');
    return { text, folded: foldText(text), start: m.index, end: m.index + text.length, joined: false };
  });
  words.forEach((w, i) => (w.joined = i + 1 < words.length && /^[ \t]+$/.test(prose.slice(w.end, words[i + 1].start))));
  return words;
}

function fold(text: string): string {
  return foldText(text.trim().replace(/\s+/g, ' '));
}
