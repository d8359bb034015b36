import * as assert from 'node:assert/strict';
import { buildCorpus } from '../../src/core/corpus';
import { CorpusBuilder } from '../../src/core/corpus-builder';
import { supportingPassages } from '../../src/core/checks/support';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { contentHash, lineRanges, readCache, writeCache } from '../../src/core/index-cache';
import type { Corpus } from '../../src/core/corpus';
import type { CacheEntry } from '../../src/core/index-cache';
import { input, seedInputs } from './fixtures';

const summary = (c: Corpus) => ({
  keys: c.sources.map((s) => s.key),
  people: c.people.map((p) => [p.name, p.role, p.aliases.map((a) => a.text), p.mentions.map((m) => `${m.source}:${m.start}-${m.end}`)]),
});

const extra = input(
  '/clips/talks.md',
  '---\ntitle: Talks in Kyiv\ndate: 2024-12-02\noutlet: Reuters\n---\nUkrainian Defense Minister Rustem Umerov met Andrei Belousov’s deputy. Umerov said the talks were short.\n',
);
const edited = input(
  '/clips/talks.md',
  '---\ntitle: Talks in Kyiv\ndate: 2024-12-02\noutlet: Reuters\n---\nFinance Minister Ottoline Quarrington met Rustem Umerov. Quarrington said the talks were short.\n',
);

describe('an index kept current one file at a time', () => {
  it('lists sources in path order, whatever order the files came in', () => {
    const paths = (inputs: ReturnType<typeof seedInputs>) => {
      const builder = new CorpusBuilder();
      for (const i of inputs) builder.set(i);
      return builder.build().corpus.sources.map((s) => s.path);
    };
    const inputs = [...seedInputs(), extra];
    const sorted = inputs.map((i) => i.path).sort();
    assert.deepEqual(paths(inputs), sorted);
    assert.deepEqual(paths([...inputs].reverse()), sorted);
  });

  it('gives after an edit exactly what a fresh build of the same files gives', () => {
    const builder = new CorpusBuilder();
    for (const i of [...seedInputs(), extra]) builder.set(i);
    builder.build();
    builder.set(edited);
    const { corpus, index } = builder.build();
    assert.deepEqual(summary(corpus), summary(buildCorpus([...seedInputs(), edited])));
    assert.equal(index.personNamed('Quarrington')?.name, 'Ottoline Quarrington');
    assert.equal(index.searchPassages('Quarrington talks short')[0].source.key, corpus.sources.find((s) => s.path === edited.path)!.key);
  });

  it('finds names after edits and deletes as a fresh index of the same files does', () => {
    const builder = new CorpusBuilder();
    for (const i of [...seedInputs(), extra]) builder.set(i);
    builder.build();
    builder.set(edited);
    builder.build();
    builder.set(extra);
    const { index } = builder.build();
    const fresh = new GroundworkIndex(buildCorpus([...seedInputs(), extra]));
    const draft = 'Rustem Umerov met Andrei Belousov and No Kwang Chol; Ottoline Quarrington did not. Umerov said so.';
    const names = (i: GroundworkIndex) => i.matchNames(draft).map((h) => [h.text, h.value.name, h.value.mentions.length]);
    assert.deepEqual(names(index), names(fresh));
    assert.equal(index.personNamed('ottoline quarrington'), undefined, 'the edit’s person left with the edit');
    assert.equal(index.personNamed('rustem umerov')?.mentions.length, fresh.personNamed('Rustem Umerov')?.mentions.length);
  });

  it('weighs and orders the passages a check cites after edits and deletes as a fresh build of the same files does', () => {
    const page = input('/clips/page.md', 'Quarrington’s deputy agreed that the talks were short.\n');
    const builder = new CorpusBuilder();
    for (const i of [...seedInputs(), extra, page]) builder.set(i);
    builder.build();
    // The edit gives the talks new passages after every other source's; the delete leaves the page's in the postings, dead.
    builder.set(edited);
    builder.delete(page.path);
    const { index } = builder.build();
    const fresh = new GroundworkIndex(buildCorpus([...seedInputs(), edited]));
    const sentences = ['Ottoline Quarrington and Rustem Umerov said the talks were short.', 'Belousov met Kim Jong Un.', 'The talks were short.'];
    const support = (i: GroundworkIndex) => sentences.map((s) => supportingPassages(i, s, 6).map((p) => [p.passage.id, p.score]));
    assert.deepEqual(support(index), support(fresh));
  });

  it('merges in slices to the same corpus as in one go', async () => {
    const inputs = [...seedInputs(), extra];
    const sliced = new CorpusBuilder();
    for (const i of inputs) sliced.set(i);
    let pauses = 0;
    const { corpus } = await sliced.buildAsync(async () => void pauses++);
    assert.deepEqual(summary(corpus), summary(buildCorpus(inputs)));
  });

  it('forgets a deleted file, its people and its passages', () => {
    const builder = new CorpusBuilder();
    for (const i of [...seedInputs(), edited]) builder.set(i);
    builder.build();
    builder.delete('/clips/talks.md');
    const { corpus, index } = builder.build();
    assert.deepEqual(summary(corpus), summary(buildCorpus(seedInputs())));
    assert.equal(index.personNamed('Ottoline Quarrington'), undefined);
    assert.ok(index.searchPassages('Quarrington talks short').every((h) => !h.passage.text.includes('Quarrington')));
  });

  it('restores from a stored cache to the same corpus', async () => {
    const inputs = [...seedInputs(), extra];
    const entries = new Map<string, CacheEntry>();
    const first = new CorpusBuilder();
    for (const i of inputs) entries.set(i.path, { hash: contentHash(i.bytes), mtime: 1, size: i.bytes.length, record: first.set(i) });
    const expected = summary(first.build().corpus);
    const cached = await readCache(await writeCache(entries, 42));
    assert.equal(cached.entries.size, 3);
    assert.equal(cached.savedAt, 42);
    const warm = new CorpusBuilder();
    for (const i of inputs) warm.setRecord(cached.entries.get(i.path)!.record);
    assert.deepEqual(summary(warm.build().corpus), expected);
    assert.deepEqual(
      { ...cached.entries.get(extra.path), record: undefined },
      { hash: contentHash(extra.bytes), mtime: 1, size: extra.bytes.length, record: undefined },
    );
    const text = (t: string) => new TextEncoder().encode(t);
    assert.equal((await readCache(text('{"version":0}\n'))).entries.size, 0);
    assert.equal((await readCache(text('not json'))).entries.size, 0);
    // A damaged line loses its record only: a head that does not parse, a body cut short.
    const lines = new TextDecoder().decode(await writeCache(entries, 42)).split('\n');
    for (const at of [1, 2]) {
      const copy = [...lines];
      copy[at] = copy[at].slice(0, 20);
      assert.equal((await readCache(text(copy.join('\n')))).entries.size, 2);
    }
  });

  it('finds the lines of a cache as byte ranges, long lines, empty ones and multi-byte letters included', () => {
    const lines = ['{"version":5}', 'Ünïcödé — “quoted”', 'x'.repeat(50), '', 'last'];
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const decoded = [...lineRanges(bytes)].map(([from, to]) => new TextDecoder().decode(bytes.subarray(from, to)));
    assert.deepEqual(decoded, lines);
  });
});
