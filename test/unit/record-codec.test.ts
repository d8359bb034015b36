import * as assert from 'node:assert/strict';
import { recordOf } from '../../src/core/corpus-builder';
import { cachedParts, cachedRecord, encodeRecord, type CachedHead } from '../../src/core/engine/record-codec';
import { input, seedInputs } from './fixtures';

const html = input(
  '/x/page.html',
  '<html><head><title>Talks</title></head><body><p>Interior Minister Corvin Ashgrove said the border &amp; the port would stay open. He said so twice.</p><p>Ashgrove&#39;s deputy agreed.</p></body></html>',
);
const md = input(
  '/x/clip.md',
  '---\ntitle: Talks\n---\n\n> Finance Minister Ottoline Quarrington said the figures\n> would be revised. Quarrington left.\n\nPlain paragraph here. Another sentence.\n',
);

describe('the record codec (worker boundary and cache)', () => {
  for (const i of [...seedInputs(), html, md]) {
    it(`gives back the same record it was given: ${i.path.split('/').pop()}`, () => {
      const record = recordOf(i);
      const { head, body } = cachedParts(record);
      const back = cachedRecord(JSON.parse(JSON.stringify(head)) as CachedHead, body, () => assert.fail('not damaged'));
      // Plain JSON on both sides: an absent field and an undefined one are the same record.
      const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_, x: unknown) => (x instanceof Int32Array ? Array.from(x) : x)));
      assert.deepEqual(plain(back.parsed), plain(record.parsed));
      assert.equal(
        back.parsed.passages.some((p) => p.offsets),
        record.parsed.passages.some((p) => p.offsets),
      );
      assert.deepEqual(plain(back.people), plain(record.people));
    });
  }

  it('sends the text once: passages, sentences and mentions as ranges into the source text, a mention’s text as which of its names it is', () => {
    const record = recordOf(seedInputs()[1]);
    const stored = encodeRecord(record);
    const copies = JSON.stringify(record).length;
    const once = JSON.stringify(stored).length;
    assert.equal(stored.parsed.passages.extras, undefined, 'every passage is a slice of the source text, with ids of the one pattern');
    assert.ok(stored.people.entities.every((e) => typeof e.mentions[0] === 'number' && e.texts!.every((t) => typeof t === 'number' && t < e.names.length)));
    assert.ok(once < copies * 0.5, `${once} of ${copies}`);
  });
});
