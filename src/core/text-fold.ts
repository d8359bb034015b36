import { remembered } from './remembered';

/**
 * The one text fold: lower case, no accents, straight apostrophes. Names, check words and index
 * terms are compared through it.
 */
export function foldText(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’ʼ‘]/g, "'").toLowerCase();
}

/** `foldText` for names, memoised: a corpus folds the same names again and again. */
export const foldName: (name: string) => string = remembered(foldText, 200_000);
