import * as assert from 'node:assert/strict';
import { wordEnd, wordStart } from '../../src/core/word-scan';

/** The pattern the scanner stands for: it must find the same words, to the code unit. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?:\.(?=\p{L}\.)|\.(?=[\s,]))?(?:\p{L}\.)*/gu;

function scanned(text: string): string[] {
  const words: string[] = [];
  for (let start = wordStart(text, 0); start >= 0;) {
    const end = wordEnd(text, start);
    words.push(`${start}:${text.slice(start, end)}`);
    start = wordStart(text, end);
  }
  return words;
}

const matched = (text: string) => [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`);

describe('word scanner', () => {
  it('finds what the word pattern finds', () => {
    for (const text of [
      '',
      "Mr. J. Smith's U.S. A.B.C. e.g. x.",
      '“Hello,” said Ali al-Sadr. (Dr. Who) — ok… Yes! É. Ça.',
      '𝐀𝐁 abc 𝐀. x 𝐀.𝐁. end',
      'Ab\u0301c d\u0301. \u0301E o’Neil rock-n-roll -x x- x’ ’s',
      'lone \ud835 and \udc00 halves',
    ])
      assert.deepEqual(scanned(text), matched(text), text);
  });

  it('finds what the word pattern finds in random text', () => {
    const alphabet = ['a', 'B', 'É', 'é', '\u0301', '.', '.', ' ', ',', "'", '’', '-', 's', '𝐀', '\ud835', '\udc00', '\n', '“', '(', 'ß', '1', '\u00a0'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let i = Math.floor(random() * 16); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(scanned(text), matched(text), JSON.stringify(text));
    }
  });
});
