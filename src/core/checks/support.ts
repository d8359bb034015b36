import type { GroundworkIndex } from '../groundwork-index';
import type { Passage, Source } from '../types';
import { passageTerms, type PassageTerms } from './passage-terms';
import { wordsOf, type Word } from './words';

export interface Support {
  passage: Passage;
  source: Source;
  /** 0..1, higher is better. */
  score: number;
}

/**
 * Passages that best support a sentence: idf-weighted word overlap picks candidates, the
 * people the sentence names and the share of its word pairs the passage repeats order them.
 */
export function supportingPassages(index: GroundworkIndex, sentence: string, limit = 5): Support[] {
  const terms = passageTerms(index);
  const words = wordsOf(sentence);
  const candidates = terms.ranked(
    words.map((w) => w.text),
    Math.max(12, limit),
    0.15,
  );
  if (candidates.length === 0) return [];
  const names = index
    .matchNames(sentence)
    .map((h) => h.value)
    .filter((p) => p.kind === 'person');
  const pairs = wordPairs(words);
  return candidates
    .map(({ n, share }) => {
      const passage = terms.passage(n);
      // The passage's own names, not the people's mention lists: a popular person has thousands.
      const here = names.length === 0 ? undefined : new Set(index.matchNames(passage.text).map((h) => h.value));
      const named = here ? names.filter((p) => here.has(p)).length / names.length : 0;
      const score = 0.6 * share + 0.25 * named + 0.15 * phraseShare(pairs, terms, n);
      return { passage, source: terms.source(n), score };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** Adjacent word pairs: a passage that repeats them says it in the same words, not just on the same subject. */
function wordPairs(words: Word[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1].text} ${words[i].text}`);
  return pairs;
}

function phraseShare(pairs: Set<string>, terms: PassageTerms, n: number): number {
  if (pairs.size === 0) return 0;
  const words = terms.words(n);
  const found = new Set<string>();
  for (let i = 1; i < words.length && found.size < pairs.size; i++) {
    const pair = `${words[i - 1].text} ${words[i].text}`;
    if (pairs.has(pair)) found.add(pair);
  }
  return found.size / pairs.size;
}
