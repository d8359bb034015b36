import * as assert from 'node:assert/strict';
import { GrowingIds } from '../../src/core/growing-ids';

describe('a growing posting list', () => {
  it('adds to a view of a snapshot line without writing into the lists beside it, and earlier views stay as they were', () => {
    // A snapshot line's integers: three lists side by side, the middle one taken back as a view.
    const line = Int32Array.from([1, 2, 3, 10, 11, 12, 13, 20, 21]);
    const list = new GrowingIds(line.subarray(3, 7));
    const before = list.view();
    for (let id = 14; id < 14 + 3000; id++) list.push(id);
    assert.deepEqual([...line], [1, 2, 3, 10, 11, 12, 13, 20, 21]);
    assert.deepEqual([...before], [10, 11, 12, 13]);
    const after = list.view();
    assert.equal(list.length, 3004);
    assert.deepEqual(
      [...after],
      Array.from({ length: 3004 }, (_, i) => 10 + i),
    );
    list.push(99_999);
    assert.equal(after.length, 3004);
    assert.deepEqual([...list.view().subarray(-2)], [3013, 99_999]);
  });

  it('reads the same whether ids went in before or after a read', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => i * 3);
    const read = new GrowingIds(Int32Array.from(ids.slice(0, 100)));
    const unread = new GrowingIds(ids.slice(0, 100));
    for (const id of ids.slice(100)) {
      read.push(id);
      unread.push(id);
      if (id % 7 === 0) read.view();
    }
    assert.deepEqual([...read.view()], ids);
    assert.deepEqual([...unread.view()], ids);
  });
});
