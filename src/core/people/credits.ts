import { PERSON_SCORE, type NameCandidate } from '../name-finder';
import { isNonPersonWord } from '../name-lexicon';
import type { ParsedSource } from '../parse-source';
import type { Passage } from '../types';

/** Photographers named in credits: `Kirill Kudryavtsev/AFP via Getty Images/TNS`. */
export function credits(source: ParsedSource): Array<{ passage: Passage; candidate: NameCandidate }> {
  const out: Array<{ passage: Passage; candidate: NameCandidate }> = [];
  for (const passage of source.passages.filter((p) => p.kind === 'caption')) {
    const after = source.text.slice(passage.end, passage.end + 200);
    const m = /^\s*\(([\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3})\/([^()]+)\)/u.exec(after);
    if (!m || m[1].split(' ').some(isNonPersonWord)) continue;
    // The credit follows the caption's text, so its offsets are given against a passage that starts at the name.
    const credit: Passage = { ...passage, start: passage.end + after.indexOf(m[1]), offsets: undefined };
    const candidate: NameCandidate = {
      name: m[1],
      start: 0,
      end: m[1].length,
      words: m[1].split(' '),
      kind: 'unknown',
      score: PERSON_SCORE,
      role: `photographer (${m[2].trim()})`,
    };
    out.push({ passage: credit, candidate });
  }
  return out;
}
