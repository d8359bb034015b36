import * as assert from 'node:assert/strict';
import type { BuilderState } from '../../src/core/corpus-builder';
import { snapshotLines, SnapshotReader, type SnapshotLine } from '../../src/core/engine/index-snapshot';
import { PackedHolders } from '../../src/core/people/holders';

/** A resolved index with no sources, whose people tables hold what is given. */
function stateWith(tables: Record<string, unknown>): BuilderState {
  return {
    keyed: new Map(),
    indexedKeys: new Map(),
    linkedKeys: new Map(),
    passages: { ids: 0, dead: 0, postings: [], bySource: [] },
    people: { tables, holders: { full: new Map(), lone: new Map(), things: new Map() }, cards: new Map(), tallies: new Map() },
  };
}

describe('the snapshot of the resolved index', () => {
  it('writes a table entry that holds more than a line in parts of about a line each, and reads the table back whole', () => {
    // A famous person's holders: most of a large corpus's sources, each with the entities that name them.
    const famous = new Map(Array.from({ length: 60_000 }, (_, i) => [`source-${i}`, [i % 7, (i % 7) + 3]]));
    const rare = new Map([['source-1', [0]]]);
    const full = new Map<string, unknown>([
      ['andrei bason', famous],
      ['ottoline quarrington', rare],
    ]);
    const bySurname = new Map([['bason', new Set(Array.from({ length: 30_000 }, (_, i) => `key ${i}`))]]);
    const lines = [...snapshotLines(stateWith({ full, bySurname }))].map(([line]) => JSON.stringify(line));
    const longest = Math.max(...lines.map((l) => l.length));
    assert.ok(lines.length > 6, `${lines.length} lines`);
    assert.ok(longest < 400_000, `a line of ${longest} characters`);
    const reader = new SnapshotReader();
    for (const line of lines) reader.add(JSON.parse(line) as Parameters<SnapshotReader['add']>[0]);
    const back = reader.state()!.people.tables;
    assert.deepEqual(back.full, full);
    assert.deepEqual(back.bySurname, bySurname);
  });
});

describe('the snapshot names sources by their numbers', () => {
  const sources = [
    ['ap-one', '/clips/one.md'],
    ['ap-two', '/clips/two.md'],
  ] as const;
  const read = (lines: SnapshotLine[], list: ReadonlyArray<readonly [string, string]> = sources) => {
    const reader = new SnapshotReader(list);
    for (const [line, ints] of lines) reader.add(JSON.parse(JSON.stringify(line)) as Parameters<SnapshotReader['add']>[0], ints);
    return reader.state()!;
  };

  it('writes tables keyed by the sources’ paths or keys with numbers for them, and reads the same tables back', () => {
    const state = stateWith({
      byKey: new Map([
        ['ap-two', [3]],
        ['ap-one', [0, 2]],
      ]),
      odd: new Map([
        ['ap-one', 1],
        ['not a source', 2],
      ]),
    });
    state.indexedKeys = new Map([
      ['/clips/two.md', 'ap-two'],
      ['/clips/one.md', 'ap-one'],
    ]);
    state.keyed = new Map([['/clips/one.md', { proposed: 'one', key: 'ap-one' }]]);
    const lines = [...snapshotLines(state, sources)];
    const text = lines.map(([line]) => JSON.stringify(line)).join('\n');
    assert.ok(!text.includes('/clips/') && !text.includes('ap-two'), text);
    assert.ok(text.includes('not a source'), 'a key that is no source’s is written as it is');
    const back = read(lines);
    assert.deepEqual(back.indexedKeys, state.indexedKeys);
    assert.deepEqual(back.keyed, state.keyed);
    assert.deepEqual(back.people.tables, state.people.tables);
    assert.deepEqual([...back.indexedKeys.keys()], ['/clips/two.md', '/clips/one.md'], 'in the order written');
    assert.throws(() => read(lines, sources.slice(0, 1)), /sources not read/);
  });

  it('keeps holders packed as integers, a source with no number by its key, and refuses integers that do not add up', () => {
    const state = stateWith({});
    state.people.holders.full.set(
      'ana zeara',
      new Map([
        ['ap-two', [0, 4]],
        ['gone-key', [1]],
        ['ap-one', [2]],
      ]),
    );
    const lines = [...snapshotLines(state, sources)];
    const back = read(lines).people.holders.full.get('ana zeara')!;
    assert.ok(back instanceof PackedHolders, 'packed');
    assert.deepEqual(new Map(back), state.people.holders.full.get('ana zeara'));
    const holders = lines.find(([line]) => line[0] === 'holders')!;
    for (const ints of [holders[1]!.subarray(0, 4), Int32Array.from([...holders[1]!].map((n, i) => (i === 0 ? 99 : n)))])
      assert.throws(() => read(lines.map((l): SnapshotLine => (l === holders ? [l[0], ints] : l))), /do not add up/);
  });
});
