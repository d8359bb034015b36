import { foldText } from '../text-fold';

/** Words compared by the checks: typography folded away (case, accents, curly apostrophes, dashes), the words themselves kept. */

export interface Word {
  /** Folded form: lower case, no accents, straight apostrophe. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** Words are compared in the one text fold. */
export { foldText as foldWord } from '../text-fold';

/** The words of `text` between `from` and `to`, with their offsets in `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (m.index + m[0].length > to) break;
    words.push({ text: foldText(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** Words too common to say anything about which passage supports a sentence. */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in into is it its of on or our she that the their them ' +
    'there they this to was were which who will with would not no so than then also after before over about said says told ' +
    "can could may might more most other some such up out if when while we you your it's"
  ).split(' '),
);
