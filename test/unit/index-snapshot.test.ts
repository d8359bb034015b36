import * as assert from 'node:assert/strict';
import type { BuilderState } from '../../src/core/corpus-builder';
import { snapshotLines, SnapshotReader } from '../../src/core/engine/index-snapshot';

/** A resolved index with no sources, whose people tables hold what is given. */
function stateWith(tables: Record<string, unknown>): BuilderState {
  return {
    keyed: new Map(),
    indexedKeys: new Map(),
    linkedKeys: new Map(),
    passages: { ids: 0, dead: 0, postings: [], bySource: [] },
    people: { tables, cards: new Map(), tallies: new Map() },
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
