import * as assert from 'node:assert/strict';
import { parseSource } from '../../src/core/parse-source';
import { sourceTerms, termsOf } from '../../src/core/source-terms';
import { seedInputs } from './fixtures';

describe('a source’s index terms', () => {
  it('list each term of the seed articles once, with exactly the passages it is in, ascending', () => {
    for (const input of seedInputs()) {
      const { passages } = parseSource(input);
      const terms = sourceTerms(passages);
      assert.equal(terms.count, passages.length);
      assert.equal(new Set(terms.terms).size, terms.terms.length, 'each term once');
      assert.equal(terms.from.length, terms.terms.length + 1);
      const found = new Map<string, number[]>();
      terms.terms.forEach((term, k) => found.set(term, [...terms.passages.subarray(terms.from[k], terms.from[k + 1])]));
      const want = new Map<string, number[]>();
      passages.forEach((p, i) => {
        for (const term of new Set(termsOf(p.text))) want.set(term, [...(want.get(term) ?? []), i]);
      });
      assert.deepEqual(found, want, input.path);
      assert.ok(terms.terms.length > 100 && terms.passages.length > terms.terms.length, 'terms shared by passages are listed once');
    }
  });

  it('fold case and accents, and keep terms of three or more letters or digits', () => {
    const terms = sourceTerms([{ text: 'Élysée said 45% of EU aid — “ok” — was late.' }, { text: 'The élysée, again; 2024.' }]);
    assert.deepEqual(
      terms.terms.map((t, k) => [t, [...terms.passages.subarray(terms.from[k], terms.from[k + 1])]]),
      [
        ['elysee', [0, 1]],
        ['said', [0]],
        ['aid', [0]],
        ['was', [0]],
        ['late', [0]],
        ['the', [1]],
        ['again', [1]],
        ['2024', [1]],
      ],
    );
  });
});
