import type { NameHit } from '../name-matcher';
import { isDemonym, isTitleWord } from '../name-lexicon';
import { SPEECH_VERBS } from '../speech-verbs';
import type { Person } from '../types';

/** Who a sentence says spoke the quoted words: a known person, or the words that name the speaker. */
export interface Speaker {
  text: string;
  person?: Person;
}

/** Attribution verbs, and `according to`. */
const VERB = new RegExp(String.raw`\b(?:${SPEECH_VERBS.join('|')}|according to)\b`, 'g');
const SUBJECT_FILLER = /^,?(?:has|had|have|also|later|then|previously|earlier|once|again|reportedly|publicly|not|n't|\s)+$/;

/**
 * The speaker of the quote at `quoteStart..quoteEnd` in `sentence`: a name next to an attribution
 * verb outside the quote (`X said`, `said X`, `X told …`, `according to X`), or for `he said` the
 * person last named in `earlier` (the names of the text before the sentence). Undefined when the
 * text does not say.
 */
export function speakerOf(
  sentence: string,
  quoteStart: number,
  quoteEnd: number,
  names: Array<NameHit<Person>>,
  earlier: Array<NameHit<Person>> = [],
): Speaker | undefined {
  const speaker = namedSpeaker(sentence, quoteStart, quoteEnd, names);
  if (!speaker || speaker.person || !PRONOUN.test(speaker.text)) return speaker;
  // `Dubois spoke next. He said “…”`: the pronoun is the person named last before the sentence.
  const last = [...earlier].reverse().find((h) => h.value.kind === 'person');
  return last ? { text: last.value.name, person: last.value } : undefined;
}

const PRONOUN = /^(?:he|she)$/i;

function namedSpeaker(sentence: string, quoteStart: number, quoteEnd: number, names: Array<NameHit<Person>>): Speaker | undefined {
  const verbs = [...sentence.matchAll(VERB)].filter((m) => m.index + m[0].length <= quoteStart || m.index >= quoteEnd);
  verbs.sort((a, b) => distance(a.index, quoteStart, quoteEnd) - distance(b.index, quoteStart, quoteEnd));
  const outside = names.filter((h) => h.end <= quoteStart || h.start >= quoteEnd);
  for (const verb of verbs) {
    const at = verb.index;
    const after = at + verb[0].length;
    if (verb[0] === 'according to') return phraseAfter(sentence, after, outside);
    // `“…,” said Belousov`: the verb right after the quote, speaker after the verb.
    if (at >= quoteEnd && /^[\s,”"’']*$/.test(sentence.slice(quoteEnd, at))) {
      const inverted = phraseAfter(sentence, after, outside);
      if (inverted?.person) return inverted;
    }
    const before = phraseBefore(sentence, at, outside, quoteEnd <= at ? quoteEnd : 0);
    if (before) return before;
  }
  return undefined;
}

function distance(at: number, start: number, end: number): number {
  return at < start ? start - at : at - end;
}

/** `said President Emmanuel Macron`: nothing but a few title words between the verb and the name. */
function titlesOnly(between: string): boolean {
  const words = between
    .replace(/^[\s,]+/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 4 && words.every((w) => /^the$/i.test(w) || isTitleWord(w) || isDemonym(w) || /^(?:\p{Lu}\.)+$/u.test(w));
}

function phraseAfter(sentence: string, from: number, names: Array<NameHit<Person>>): Speaker | undefined {
  const hit = names.find((h) => h.start >= from && titlesOnly(sentence.slice(from, h.start)));
  if (hit) return { text: hit.text, person: hit.value };
  const words = /^\s*((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*){1,5})/u.exec(sentence.slice(from));
  return words ? { text: words[1].trim() } : undefined;
}

/** The name or noun phrase that ends just before the verb (allowing `has`, `also`…), not reaching back past `floor`. */
function phraseBefore(sentence: string, verbAt: number, names: Array<NameHit<Person>>, floor: number): Speaker | undefined {
  const hit = [...names].reverse().find((h) => h.end <= verbAt && h.start >= floor && SUBJECT_FILLER.test(sentence.slice(h.end, verbAt) || ' '));
  if (hit) return { text: hit.text, person: hit.value };
  const head = sentence.slice(floor, verbAt).replace(/^[\s,”"’']+/, '');
  const phrase = /((?:the\s+|The\s+|a\s+|A\s+)?(?:[\p{L}’'-]+\s+){0,5}?)(?:(?:has|had|have|also)\s+)*$/u.exec(head)?.[1]?.trim();
  if (!phrase || /[,;:]/.test(phrase)) return undefined;
  if (PRONOUN.test(phrase)) return { text: phrase };
  if (!/\p{Lu}/u.test(phrase)) return undefined;
  return { text: phrase };
}
