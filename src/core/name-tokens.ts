/** Word tokens of a passage with the facts the name finder needs about each. */
export interface Token {
  text: string;
  start: number;
  end: number;
  capitalized: boolean;
  /** First word of a sentence, where capitals say nothing about names. */
  sentenceStart: boolean;
  /** The token was followed by a possessive `’s`, which ends a name. */
  possessive: boolean;
  /** Text between this token and the next one. */
  gap: string;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?:\.(?=\p{L}\.)|\.(?=[\s,]))?(?:\p{L}\.)*/gu;

/** `al-Dulaimi`, `el-Sisi`: a surname behind a lowercase Arabic article is still a capitalised name word. */
export const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\p{Lu})/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let possessive = false;
    const poss = /['’]s$/.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    if (word.endsWith('.') && !keepsDot(word)) word = word.slice(0, -1);
    const start = m.index;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      capitalized: /^\p{Lu}/u.test(word) || ARABIC_ARTICLE.test(word),
      sentenceStart: isSentenceStart(text, start),
      possessive,
      gap: '',
    });
  }
  tokens.forEach((t, i) => {
    t.gap = text.slice(t.end, tokens[i + 1]?.start ?? text.length);
  });
  return tokens;
}

/** Initials, dotted acronyms and abbreviated titles keep their dot: `J.`, `U.S.`, `Mr.`. */
function keepsDot(word: string): boolean {
  return (
    /^\p{Lu}\.$/u.test(word) ||
    /^(?:\p{L}\.){2,}$/u.test(word) ||
    /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Prof|Rev|St|Jr|Sr|Hon|Amb|Pres)\.$/.test(word)
  );
}

function isSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).replace(/[\s“"‘'([—–-]+$/u, '');
  if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|St|\p{Lu})\.$/u.test(before)) return false;
  return before === '' || /[.!?:…]$/.test(before);
}
