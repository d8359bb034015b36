import * as assert from 'node:assert/strict';
import { buildCorpus } from '../../src/core/corpus';
import { input } from './fixtures';

/** Classes of error in who is who, each shown on invented news. */
function cards(...texts: string[]) {
  return buildCorpus(texts.map((text, i) => input(`story-${i + 1}.txt`, text))).people;
}
const people = (...texts: string[]) => cards(...texts).filter((p) => p.kind === 'person');

describe('people: regnal names', () => {
  it('keeps `John Paul II` one name: neither `Paul` nor `II` is its alias, and a lone `Paul` elsewhere is someone else', () => {
    const pope = 'Pope John Paul II blessed the crowd in Krakow on Sunday. John Paul II said he would return next year.';
    const other = 'A baker named Paul, who runs a shop near the square, said he sold out of bread by noon. Paul said he would open early.';
    const all = people(pope, other);
    const card = all.find((p) => p.name === 'John Paul II');
    assert.ok(card);
    assert.deepEqual(
      card.aliases.map((a) => a.text).filter((a) => a === 'Paul' || a === 'II'),
      [],
    );
    assert.ok(card.mentions.every((m) => m.path === 'story-1.txt'));
  });

  it('still calls a queen or a pope of one given name by it, and a family name before a numeral stays the surname', () => {
    const text =
      'Queen Margrethe II opened the session. Margrethe said the country was strong. Martin Luther King III addressed the rally. King spoke about voting.';
    const all = people(text);
    assert.equal(all.find((p) => p.name === 'Margrethe II')?.mentions.length, 2);
    assert.equal(all.find((p) => p.name === 'Martin Luther King III')?.mentions.length, 2);
  });
});
