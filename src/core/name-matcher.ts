/** Finds every occurrence of a set of names in a text in one pass, longest name first, over a word trie. */

export interface NameHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface Node<T> {
  /** None on a leaf: most nodes are the last word of a name. */
  next?: Map<string, Node<T>>;
  value?: T;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?/gu;

const fold = (w: string) => (w.includes('’') || w.endsWith('.') ? w.replace(/’/g, "'").replace(/\.$/, '') : w);

export class NameMatcher<T> {
  private readonly root: Node<T> = {};

  /** Adds a name, unless it has a value already (then `make` is not called); the value it has now. */
  add(name: string, make: () => T): T {
    let node = this.root;
    for (const word of name.split(/\s+/)) {
      if (!word) continue;
      const folded = fold(word);
      let child = node.next?.get(folded);
      if (!child) (node.next ??= new Map()).set(folded, (child = {}));
      node = child;
    }
    return (node.value ??= make());
  }

  /** Non-overlapping hits, left to right; a possessive `’s` is not part of the name. */
  findAll(text: string): NameHit<T>[] {
    const words = [...text.matchAll(WORD)].map((m) => {
      let w = m[0];
      if (/['’]s$/.test(w)) w = w.slice(0, -2);
      return { word: fold(w), start: m.index, end: m.index + w.length - (w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w) ? 1 : 0), gap: '' };
    });
    words.forEach((w, i) => (w.gap = text.slice(w.end, words[i + 1]?.start ?? w.end)));
    const hits: NameHit<T>[] = [];
    for (let i = 0; i < words.length;) {
      let node = this.root.next?.get(words[i].word);
      let best: { end: number; value: T; last: number } | undefined;
      for (let j = i; node;) {
        if (node.value !== undefined) best = { end: words[j].end, value: node.value, last: j };
        if (!/^\s+$/.test(words[j].gap) || j + 1 >= words.length) break;
        j++;
        node = node.next?.get(words[j].word);
      }
      if (best) {
        hits.push({ start: words[i].start, end: best.end, text: text.slice(words[i].start, best.end), value: best.value });
        i = best.last + 1;
      } else i++;
    }
    return hits;
  }
}
