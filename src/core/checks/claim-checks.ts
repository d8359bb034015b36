import { citationMark, footnoteDefinition, hasFootnoteDefinition } from '../citations';
import type { GroundworkIndex } from '../groundwork-index';
import { appendDefinition } from './draft-edits';
import { citesIn, sentencesIn, type DraftText } from './draft-text';
import { PERSON_VERBS, SPEECH_VERBS } from '../speech-verbs';
import { supportingPassages } from './support';
import type { Finding, Fix } from './types';

type Draft = Omit<Finding, 'severity'>;

/** Verbs that make a sentence about a person a claim: they said or did something (any `-ed` past tense too). */
const CLAIM_VERB = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS, ...PERSON_VERBS].join('|')}|\w{3,}ed)\b`, 'i');

/** The sentences of a paragraph that could be uncited claims: none when it cites, or is a heading or a quote. */
export function claimSentences(draft: DraftText, paragraph: { start: number; end: number }): Array<{ start: number; end: number }> {
  const raw = draft.text.slice(paragraph.start, paragraph.end);
  if (/^[ \t]{0,3}(?:#|>)/.test(raw) || citesIn(draft, paragraph)) return [];
  return sentencesIn(draft, paragraph);
}

/**
 * A sentence that names a person from the sources and says what they said or did, from
 * `claimSentences`. One sentence at a time: a unit of work the checks can pause between.
 */
export function uncitedClaim(
  index: GroundworkIndex,
  draft: DraftText,
  sentence: { start: number; end: number },
  notPeople: Set<string>,
  style: 'pandoc' | 'footnote',
): Draft | undefined {
  const text = draft.prose.slice(sentence.start, sentence.end);
  const person = index.matchNames(text).find((h) => h.value.kind === 'person' && !notPeople.has(h.text.toLowerCase()))?.value;
  if (!person || !CLAIM_VERB.test(text)) return undefined;
  const best = supportingPassages(index, text, 1)[0];
  const fixes: Fix[] = best ? [cite(draft, sentence.end, best.source.key, style, index)] : [];
  const hint = best ? ` The best supporting source is @${best.source.key}.` : '';
  return {
    rule: 'uncited-claim',
    message: `Nothing in this paragraph cites a source for what ${person.name} said or did.${hint}`,
    start: sentence.start,
    end: sentence.end,
    fixes,
  };
}

/** A citation before the sentence's closing punctuation; in footnote style, its definition at the end of the draft once. */
export function cite(draft: DraftText, sentenceEnd: number, key: string, style: 'pandoc' | 'footnote', index: GroundworkIndex): Fix {
  const at = insertionPoint(draft.text, sentenceEnd);
  const mark = citationMark(key, style);
  const edits = [{ start: at, end: at, text: style === 'pandoc' ? ` ${mark}` : mark }];
  const source = index.source(key);
  if (style === 'footnote' && source && !hasFootnoteDefinition(draft.text, key)) {
    edits.push(appendDefinition(draft.text, footnoteDefinition(source)));
  }
  return { title: `Cite @${key}`, edits, preferred: true, cites: key };
}

/** Before the final `.`, `!` or `?` (and any closing quote after it stays after the citation only if it closes the sentence). */
function insertionPoint(text: string, end: number): number {
  let at = end;
  while (at > 0 && /[”"’')\]]/.test(text[at - 1])) at--;
  if (at > 0 && /[.!?]/.test(text[at - 1])) return at === end ? at - 1 : end;
  return end;
}
