/**
 * The one text fold: lower case, no accents, straight apostrophes. Names, check words and index
 * terms are compared through it.
 */
export function foldText(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’ʼ‘]/g, "'").toLowerCase();
}

const nameCache = new Map<string, string>();

/** `foldText` for names, memoised: a corpus folds the same names again and again. */
export function foldName(name: string): string {
  let folded = nameCache.get(name);
  if (folded === undefined) {
    if (nameCache.size > 200_000) nameCache.clear();
    nameCache.set(name, (folded = foldText(name)));
  }
  return folded;
}
