import * as assert from 'node:assert/strict';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { seedCorpus } from './fixtures';

describe('index over the seeds', () => {
  const index = new GroundworkIndex(seedCorpus());

  it('finds a person by exact name or alias, ignoring case', () => {
    assert.equal(index.personNamed('no kwang chol')?.name, 'No Kwang Chol');
    assert.equal(index.personNamed('Andrey Belousov')?.name, 'Andrei Belousov');
    assert.equal(index.personNamed('Belousov')?.name, 'Andrei Belousov');
    assert.equal(index.personNamed('Kwang'), undefined);
  });

  it('finds people through typos with fuse.js', () => {
    assert.equal(index.findPeople('No Kwang Choi')[0].person.name, 'No Kwang Chol');
    assert.equal(index.findPeople('Belousuv')[0].person.name, 'Andrei Belousov');
    assert.equal(index.findPeople('Sergey Shoygu')[0].person.name, 'Sergei Shoigu');
  });

  it('completes names from a prefix of any of their words, and fuzzily', () => {
    assert.deepEqual(
      index.completePeople('No Kw').map((p) => p.name),
      ['No Kwang Chol'],
    );
    assert.equal(index.completePeople('Belo')[0].name, 'Andrei Belousov');
    assert.equal(index.completePeople('Kwang Chl')[0]?.name, 'No Kwang Chol');
    assert.deepEqual(index.completePeople('Zz'), []);
  });

  it('finds every known name in a draft in one pass, longest first', () => {
    const draft = 'Andrei Belousov met No Kwang Chol. Later Belousov’s aides and Vladmir Putin spoke; Kim Jong Un’s envoy too.';
    const hits = index.matchNames(draft).map((h) => [h.text, h.value.name]);
    assert.deepEqual(hits, [
      ['Andrei Belousov', 'Andrei Belousov'],
      ['No Kwang Chol', 'No Kwang Chol'],
      ['Belousov', 'Andrei Belousov'],
      ['Vladmir Putin', 'Vladimir Putin'],
      ['Kim Jong Un', 'Kim Jong Un'],
    ]);
  });

  it('searches passages fuzzily', () => {
    const hits = index.searchPassages('Shin Wonsik air defense missile systems');
    assert.ok(hits.length > 0);
    assert.match(hits[0].passage.text, /^Yoon’s national security adviser, Shin Wonsik/);
    assert.equal(hits[0].source.key, 'ap-2024-11-29-belousov');
  });

  it('picks informative quotes for a person from more than one source', () => {
    const quotes = index.quotes(index.personNamed('No Kwang Chol')!, 3);
    assert.equal(quotes.length, 3);
    assert.equal(new Set(quotes.map((q) => q.source.key)).size, 2);
    for (const q of quotes) assert.ok(q.sentence.text.includes('No Kwang Chol'));
    assert.equal(quotes[0].passage.kind, 'body');
  });
});
