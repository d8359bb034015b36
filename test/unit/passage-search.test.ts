import * as assert from 'node:assert/strict';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { rankCandidates, type TermList } from '../../src/core/passage-candidates';
import { PassageIndex } from '../../src/core/passage-index';
import { nearTerms, splitTerm } from '../../src/core/term-variants';
import type { Passage, Source } from '../../src/core/types';
import { seedCorpus } from './fixtures';
import { assertLinear } from './growth';
import { Random } from '../../bench/random';

/** A source of one passage per text, as the index sees it. */
function source(key: string, texts: string[]): Source {
  const passages = texts.map((text, i): Passage => ({
    id: `${key}#${i}`,
    sourceKey: key,
    kind: 'body',
    text,
    sentences: [],
    start: 0,
    end: text.length,
    line: i,
    column: 0,
  }));
  return { key, path: `/${key}.txt`, format: 'txt', meta: { authors: [], credits: [] }, text: texts.join('\n\n'), passages, errors: [] };
}

/** The index over `count` sources of ten passages each, made by `text(i)` for passage i. */
function indexOf(count: number, text: (i: number) => string): PassageIndex {
  const index = new PassageIndex();
  for (let s = 0; s < count; s++) {
    index.add(
      source(
        `s${s}`,
        Array.from({ length: 10 }, (_, p) => text(10 * s + p)),
      ),
    );
  }
  return index;
}

/** Words of the seed passages, four at a time from the third word, as a writer remembers them. */
function seedPhrases(): Array<{ phrase: string; passage: Passage }> {
  return seedCorpus().sources.flatMap((s) =>
    s.passages.flatMap((passage) => {
      const words = passage.text.split(/\s+/).slice(2, 6);
      return words.length === 4 ? [{ phrase: words.join(' ').replace(/[.,“”"]/g, ''), passage }] : [];
    }),
  );
}

/** Every id of every list weighed, the best `wanted` by weight, then id. */
function weighAll(lists: TermList[], wanted: number): number[] {
  const weights = new Map<number, number>();
  for (const list of [...lists].sort((a, b) => a.ids.length - b.ids.length)) {
    for (const id of list.ids) weights.set(id, (weights.get(id) ?? 0) + list.weight);
  }
  return [...weights]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, wanted)
    .map(([id]) => id);
}

/** `count` lists over the ids below `ids`, rare and common ones, each holding an id with odds of its own. */
function randomLists(rng: Random, count: number, ids: number): TermList[] {
  return Array.from({ length: count }, () => {
    const odds = rng.chance(0.5) ? rng.next() * 0.02 : rng.next();
    const list = Array.from({ length: ids }, (_, id) => id).filter(() => rng.chance(odds));
    return { ids: list, weight: Math.log(1 + ids / Math.max(1, list.length)) };
  });
}

describe('passage candidates', () => {
  it('are the ones weighing every list in full would give, while the lists are short', () => {
    const rng = new Random(3);
    for (let round = 0; round < 200; round++) {
      const lists = randomLists(rng, rng.int(1, 5), rng.int(10, 1500));
      assert.deepEqual(
        rankCandidates(lists, () => true, 150),
        weighAll(lists, 150),
      );
    }
  });

  it('are the ones weighing in full would give, from long lists that share enough ids', () => {
    const rng = new Random(4);
    for (let round = 0; round < 20; round++) {
      // Each of four lists holds 30% or more of 40,000 ids: hundreds of ids are in all of them.
      const lists = Array.from({ length: 4 }, () => {
        const odds = 0.3 + 0.7 * rng.next();
        const ids = Array.from({ length: 40_000 }, (_, id) => id).filter(() => rng.chance(odds));
        return { ids, weight: Math.log(1 + 40_000 / ids.length) };
      });
      assert.deepEqual(
        rankCandidates(lists, () => true, 150),
        weighAll(lists, 150),
      );
    }
  });

  it('leave out ids that are not live', () => {
    const lists = [{ ids: [1, 2, 3, 4, 5, 6], weight: 1 }];
    assert.deepEqual(
      rankCandidates(lists, (id) => id % 2 === 0, 10),
      [2, 4, 6],
    );
  });
});

describe('term variants', () => {
  const known = (t: string) => ['times', 'tames', 'satellite', 'general', 'said', 'lasting'].includes(t);

  it('are the known terms one slip away', () => {
    assert.deepEqual(nearTerms('tmes', known).sort(), ['tames', 'times']);
    assert.deepEqual(nearTerms('stellite', known), ['satellite']);
    assert.deepEqual(nearTerms('itmes', known), ['times']);
    assert.deepEqual(nearTerms('timess', known), ['times']);
    assert.deepEqual(nearTerms('generalsaid', known), []);
  });

  it('split two terms run together, or one beside a short word', () => {
    assert.deepEqual(splitTerm('generalsaid', known), ['general', 'said']);
    assert.deepEqual(splitTerm('alasting', known), ['lasting']);
    assert.deepEqual(splitTerm('lastingto', known), ['lasting']);
    assert.deepEqual(splitTerm('quarrington', known), []);
  });
});

describe('passage search', () => {
  const seeds = new GroundworkIndex(seedCorpus());

  it('finds the seed passage a few of its words come from', () => {
    const missed = seedPhrases().filter(({ phrase, passage }) => seeds.searchPassages(phrase, 10)[0]?.passage.text !== passage.text);
    assert.deepEqual(
      missed.map((m) => m.phrase),
      [],
    );
  });

  it('finds the seed passage when a letter of its words is missing or two words run together', () => {
    for (const [query, start] of [
      ['Belousov arived in North Korea', 'Russian Defense Minister Andrei Belousov arrived'],
      ['replaced Sergei Shogu as defense minister', 'Belousov, a former economist, replaced Sergei Shoigu'],
      ['state mediadidn’t immediately confirm', 'The defense ministry in announcing the visit'],
    ]) {
      assert.ok(seeds.searchPassages(query, 10)[0]?.passage.text.startsWith(start), query);
    }
  });

  it('finds the passage holding every word of the query first, even when each word is in most passages', () => {
    const words = ['minister', 'economy', 'officials', 'harvest', 'borders'];
    // Every passage but the last misses one of the words, so that each list is long and only the last holds them all.
    const index = indexOf(400, (i) => `Reports ${words.filter((_, w) => w !== i % words.length).join(' ')} today.`);
    const last = index.ids - 1;
    index.add(source('target', [`Reports ${words.join(' ')} today.`]));
    const hits = index.search('minister economy officials harvest borders', 10);
    assert.equal(hits[0].passage.sourceKey, 'target');
    assert.ok(index.postingsOf('harvest').length > last / 2);
  });

  it('prefers the rare word of a query to its common ones', () => {
    const index = indexOf(300, (i) => `The minister said officials met on day ${i}.`);
    index.add(source('rare', ['Quarrington was not there.', 'Officials said Quarrington had met the minister.']));
    const hits = index.search('Quarrington met the minister', 10);
    assert.equal(hits[0].passage.text, 'Officials said Quarrington had met the minister.');
  });

  it('skips the passages of removed sources', () => {
    const index = indexOf(50, (i) => `Officials said talks on grain exports would resume, day ${i}.`);
    index.add(source('gone', ['Quarrington said talks on grain exports would resume.']));
    index.remove('gone');
    assert.ok(index.search('Quarrington grain exports', 10).every((h) => h.passage.sourceKey !== 'gone'));
  });

  it('does not grow with the passages that hold only the common words of a query', function () {
    this.timeout(120_000);
    // Twice n is four times the common passages (n squared over a constant): a search that reads every list grows fourfold.
    const make = (n: number) => {
      const index = indexOf((n * n) / 45, (i) => `The minister said officials met about the economy, report ${i % 7}.`);
      index.add(
        source(
          'rare',
          Array.from({ length: 40 }, (_, i) => `Quarrington and the minister said officials met, note ${i}.`),
        ),
      );
      return () => index.search('Quarrington minister said officials', 10);
    };
    assertLinear('a query with common words', make, 300);
  });
});
