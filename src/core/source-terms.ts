import { foldText } from './text-fold';

/** Terms of three or more letters or digits, through the one text fold: what passages are indexed and searched by. */
export function termsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/**
 * A source's index terms, each once, with the passages that have it: term `k` is in passages
 * `passages[from[k]]` to `passages[from[k + 1] - 1]`, ascending. Once a source rather than once a
 * passage: the index looks each term up once for the source, and fewer strings cross from a worker.
 */
export interface SourceTerms {
  /** How many passages the terms were found in. */
  count: number;
  terms: string[];
  from: Int32Array;
  passages: Int32Array;
}

export function sourceTerms(passages: ReadonlyArray<{ text: string }>): SourceTerms {
  const where = new Map<string, number[]>();
  let total = 0;
  passages.forEach((p, i) => {
    for (const term of termsOf(p.text)) {
      const list = where.get(term);
      if (!list) where.set(term, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
      else continue;
      total++;
    }
  });
  const from = new Int32Array(where.size + 1);
  const all = new Int32Array(total);
  let at = 0;
  let k = 0;
  for (const list of where.values()) {
    from[k++] = at;
    all.set(list, at);
    at += list.length;
  }
  from[k] = at;
  return { count: passages.length, terms: [...where.keys()], from, passages: all };
}
