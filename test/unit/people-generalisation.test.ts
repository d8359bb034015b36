import * as assert from 'node:assert/strict';
import { buildCorpus } from '../../src/core/corpus';
import { findNames, PERSON_SCORE } from '../../src/core/name-finder';
import { input } from './fixtures';

/** Invented news snippets, one per kind of evidence the name finder uses. */
function people(...paragraphs: string[]): Map<string, string[]> {
  const corpus = buildCorpus([input('story.txt', paragraphs.join('\n\n'))]);
  return new Map(corpus.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.mentions.map((m) => m.text)]));
}

const isPerson = (text: string, name: string) => findNames(text).some((c) => c.name === name && c.kind === 'unknown' && c.score >= PERSON_SCORE);

describe('person evidence that carries over to other news', () => {
  it('drops a weekday or month after a name instead of discarding the name', () => {
    assert.ok(isPerson('Finance Minister Tomas Verhoek Friday rejected the plan.', 'Tomas Verhoek'));
  });

  it('reads names that are also common words or months: Bill, Jan', () => {
    const found = people('Former governor Bill Dunmore and Jan Kessling, a veteran diplomat, met on Monday.');
    assert.ok(found.has('Bill Dunmore'));
    assert.ok(found.has('Jan Kessling'));
  });

  it('takes whatever follows Mr./Mrs./Dr. as a person, even a place or job word', () => {
    assert.ok(isPerson('Officials said Mr. Preston would appeal.', 'Preston'));
    assert.ok(isPerson('A lawyer for Mr. Carpenter declined to comment.', 'Carpenter'));
  });

  it('links a surname the lexicon calls a place to the full name given earlier in the story', () => {
    const found = people('Envoy Mark Preston spoke on Sunday.', 'Preston said the talks would go on.');
    assert.deepEqual(found.get('Mark Preston'), ['Mark Preston', 'Preston']);
  });

  it('counts kinship after a possessive and a relative `who` as person evidence', () => {
    assert.ok(isPerson('Police detained Zavaroni’s brother on Tuesday.', 'Zavaroni'));
    assert.ok(isPerson('Also present was Okonkwo Adebe, who chairs the committee.', 'Okonkwo Adebe'));
  });

  it('reads an appositive that names a relation: `X, Mr. Y’s nephew`', () => {
    const found = findNames('The cabinet includes Tarek Mansour, Mr. Halabi’s nephew, as trade minister.');
    assert.equal(found.find((c) => c.name === 'Tarek Mansour')?.role, 'Mr. Halabi’s nephew');
  });

  it('promotes a full name whose surname the story repeats alone', () => {
    const found = people('Kestutis Varnauskas Dobrik has been criticised by lawmakers.', 'Critics say Dobrik is unqualified.');
    assert.deepEqual(found.get('Kestutis Varnauskas Dobrik'), ['Kestutis Varnauskas Dobrik', 'Dobrik']);
  });

  it('promotes a name coordinated with a known person', () => {
    assert.ok(isPerson('Officials questioned former Senator John Aldridge and Orsolya Vatanen on Monday.', 'Orsolya Vatanen'));
  });

  it('keeps surnames behind an Arabic article in the name', () => {
    assert.ok(isPerson('Police said Rashed al-Khouri was arrested at the border.', 'Rashed al-Khouri'));
  });

  it('treats a first name used alone again and again as a person', () => {
    const found = people('Fred waters the garden every day.', 'Neighbours say Fred never misses a morning, and Fred likes it that way.');
    assert.equal(found.get('Fred')?.length, 3);
  });

  it('scores a title qualifier alone (`National`, `Trade`) as no evidence', () => {
    assert.ok(!isPerson('Data from the National Statistics Bureau show prices rose.', 'Bureau'));
    assert.ok(!isPerson('The Congress of Trade Unions called a strike.', 'Unions'));
  });

  it('does not take storms, sects, number-named missiles or modifiers of a role for people', () => {
    const found = people(
      'Hurricane Melinda struck the coast on Monday. Officials said Melinda killed 12 people.',
      'A Sunni cleric and a Shi’ite mosque were attacked. The army tested the Zarak Seven missile again.',
      'Nobel laureate Ingrid Solvik spoke in eastern Chad.',
    );
    assert.deepEqual([...found.keys()], ['Ingrid Solvik']);
  });

  it('reads a lowercase agent noun before a name as a role: `spin bowler X`', () => {
    assert.ok(isPerson('Veteran spin bowler Rakesh Pandhi took four wickets.', 'Rakesh Pandhi'));
  });
});
