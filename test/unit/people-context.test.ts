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

describe('people: a name the text places', () => {
  it('takes a name of person-like words as a place at every mention when the text puts it `in` or `near` somewhere and names no person so', () => {
    const text = [
      'A bomb exploded outside a girls’ school in Kot Hassan Ali on Friday, police said.',
      'Kot Hassan Ali has seen three such attacks this year. Residents near Kot Hassan Ali fled to nearby villages.',
    ].join('\n\n');
    const all = cards(text);
    assert.equal(all.find((p) => p.name === 'Kot Hassan Ali')?.kind, 'place');
    assert.deepEqual(
      all.filter((p) => p.kind === 'person').map((p) => p.name),
      [],
    );
  });

  it('keeps a person a person when the same text gives the name a title or a pronoun, wherever else it stands', () => {
    const text = [
      'Confidence in Hassan Ali Rind has grown since the floods.',
      'Interior Minister Hassan Ali Rind said on Monday that relief would reach every district.',
    ].join('\n\n');
    const card = people(text).find((p) => p.name === 'Hassan Ali Rind');
    assert.equal(card?.mentions.length, 2);
  });
});

describe('people: companies named like people', () => {
  it('reads a company the lexicon knows by its full name, and its first word alone, as a company', () => {
    const text = [
      'Philip Morris raised cigarette prices in Europe on Tuesday.',
      'Philip Morris said the rise would cover higher taxes. Philip’s rivals did not follow.',
    ].join('\n\n');
    assert.deepEqual(
      people(text).map((p) => p.name),
      [],
    );
  });

  it('reads a name whose shareholders, chief executive or shares the text mentions as a company, at every mention', () => {
    const text = [
      'Whitcombe Ransome reported a loss for the third quarter on Thursday.',
      'Whitcombe Ransome’s shareholders will vote on the sale next month, and investors bought shares of Harlan Voss after the report.',
      'Harlan Voss said its factories would stay open. Voss’s chief executive declined to comment.',
    ].join('\n\n');
    assert.deepEqual(
      people(text).map((p) => p.name),
      [],
    );
  });

  it('reads a name listed with a company as a company, unless the text calls it a person', () => {
    const text = [
      'Brandt Keller and Nordhaven Holdings Corp said on Monday they would merge their shipping arms.',
      'Daniel Okafor and Nordhaven Holdings Corp signed the deal. Okafor, who founded the firm, said he was pleased.',
    ].join('\n\n');
    assert.deepEqual(
      people(text).map((p) => p.name),
      ['Daniel Okafor'],
    );
  });
});
