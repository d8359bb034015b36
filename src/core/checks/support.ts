import Fuse from 'fuse.js';
import type { GroundworkIndex } from '../groundwork-index';
import type { Passage, Source } from '../types';
import { passageTerms } from './passage-terms';
import { wordsOf } from './words';

export interface Support {
  passage: Passage;
  source: Source;
  /** 0..1, higher is better. */
  score: number;
}

/**
 * Passages that best support a sentence: idf-weighted word overlap picks candidates, the
 * people the sentence names and fuse.js's fuzzy score order them.
 */
export function supportingPassages(index: GroundworkIndex, sentence: string, limit = 5): Support[] {
  const terms = passageTerms(index);
  const candidates = terms.ranked(
    wordsOf(sentence).map((w) => w.text),
    Math.max(12, limit),
    0.15,
  );
  if (candidates.length === 0) return [];
  const names = index
    .matchNames(sentence)
    .map((h) => h.value)
    .filter((p) => p.kind === 'person');
  const fuse = new Fuse(
    candidates.map((c) => terms.passage(c.n)),
    { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 1 },
  );
  // fuse.js scores a long pattern 32 characters at a time: the sentence's start is enough to order a dozen candidates.
  const fuzzy = new Map(fuse.search(sentence.slice(0, 96)).map((r) => [r.item, r.score ?? 1]));
  return candidates
    .map(({ n, share }) => {
      const passage = terms.passage(n);
      // The passage's own names, not the people's mention lists: a popular person has thousands.
      const here = names.length === 0 ? undefined : new Set(index.matchNames(passage.text).map((h) => h.value));
      const named = here ? names.filter((p) => here.has(p)).length / names.length : 0;
      const score = 0.6 * share + 0.25 * named + 0.15 * (1 - (fuzzy.get(passage) ?? 1));
      return { passage, source: terms.source(n), score };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
