import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/checks';
import { CorpusBuilder, type SourceRecord } from '../../src/core/corpus-builder';
import { unreadBody } from '../../src/core/engine/cached-body';
import { cachedParts, cachedRecord, restingRead, type CachedHead } from '../../src/core/engine/record-codec';
import { runSteps } from '../../src/core/engine/slices';
import { partsOf } from '../../src/core/engine/worker-protocol';
import { nameCompletions } from '../../src/core/features/completion';
import { nameHover, personCard } from '../../src/core/features/hover';
import { nameReferences } from '../../src/core/features/navigation';
import { citationPickerEntries } from '../../src/core/features/picker';
import type { GroundworkIndex } from '../../src/core/groundwork-index';
import { contentHash, INDEX_VERSION, readCache, writeCache, type CacheEntry } from '../../src/core/index-cache';
import { PeopleLinker } from '../../src/core/people';
import { PackedHolders } from '../../src/core/people/holders';
import { mentionCount } from '../../src/core/people/packed-mentions';
import type { SourceInput } from '../../src/core/types';
import { assertLinear } from './growth';
import { input, seedInputs } from './fixtures';

const clips = [
  input(
    '/clips/talks.md',
    '---\ntitle: Talks in Kyiv\ndate: 2024-12-02\noutlet: Reuters\n---\nUkrainian Defense Minister Rustem Umerov met Andrei Belousov’s deputy. Umerov said “the talks were short.”\n\nFinance Minister Ottoline\nQuarrington said the figures would be revised.\n',
  ),
  input(
    '/clips/page.html',
    '<html><head><title>Port</title></head><body><p>Interior Minister Corvin Ashgrove said the border &amp; the port would stay open. Ashgrove said so twice.</p><p>Quarrington&#39;s deputy agreed.</p></body></html>',
  ),
];
const inputs = (): SourceInput[] => [...seedInputs(), ...clips];
const draft =
  'Andrei Belousov arrived in North Korea. Belousov said “the talks were long.” Kim Jong Un smiled [@nobody].\n\nOttoline\nQuarrington and Corvin Ashgrove met Rustem Umerov.\n';

/** A record as the engine gets it from a worker or the cache: its head through JSON, its body as bytes. */
const throughCodec = (r: SourceRecord) => {
  const { head, body } = cachedParts(r);
  return cachedRecord(JSON.parse(JSON.stringify(head)) as CachedHead, body, () => assert.fail('not damaged'));
};

/** What the editor is shown: hover cards at every word, completions, the picker, references and the checks. */
function shown(index: GroundworkIndex): unknown {
  const hovers = [...draft.matchAll(/\p{L}+/gu)].map((m) => nameHover(index, draft, m.index + 1)?.markdown ?? null);
  return {
    hovers,
    cards: index.people.map((p) => personCard(index, p)),
    counts: index.people.map((p) => [p.id, mentionCount(p), p.mentions.length]),
    completions: ['Bel', 'Quar', 'Kim'].map((p) => nameCompletions(index, p).items.map((c) => c.label)),
    picker: citationPickerEntries(index).map((e) => [e.label, e.description, e.detail, e.passage?.id, e.passage?.sentences.map((s) => s.text)]),
    references: nameReferences(index, draft, draft.indexOf('Belousov') + 1).length,
    check: JSON.parse(JSON.stringify(checkDraft(draft, { index }))) as unknown,
    quotes: index.people.map((p) => index.quotes(p, 20).map((q) => `${q.source.key}:${q.sentence.start}:${q.sentence.text}`)),
  };
}

function eager(): GroundworkIndex {
  const builder = new CorpusBuilder();
  for (const i of inputs()) builder.set(i);
  return builder.build().index;
}

/** A builder started warm from the cache of a cold build of the inputs, and the records it took back. */
async function warmStart(): Promise<{ warm: CorpusBuilder; restored: SourceRecord[] }> {
  const first = new CorpusBuilder();
  const records = inputs().map((i) => first.set(i));
  first.build();
  const cached = await readCache(await cacheOf(records, first));
  const warm = new CorpusBuilder();
  const restored = [...cached.entries.values()].map((e) => e.record);
  warm.restore(restored, cached.resolved!);
  return { warm, restored };
}

async function cacheOf(records: SourceRecord[], builder: CorpusBuilder): Promise<Uint8Array> {
  const entries = new Map<string, CacheEntry>();
  for (const r of records) entries.set(r.parsed.path, { hash: contentHash(new TextEncoder().encode(r.parsed.text)), record: r });
  return writeCache(entries, 42, builder.snapshot());
}

/** A cache at its parts: the header and source lines as text, and each line of the resolved index with the integers that follow it. */
type CacheParts = { lines: string[]; snapshot: Array<[line: [unknown[], number], ints: Int32Array]> };

function splitCache(bytes: Uint8Array): CacheParts {
  const decoder = new TextDecoder();
  const parts: CacheParts = { lines: [], snapshot: [] };
  let at = 0;
  const line = () => {
    const end = bytes.indexOf(0x0a, at);
    const text = decoder.decode(bytes.subarray(at, end));
    at = end + 1;
    return text;
  };
  parts.lines.push(line());
  const { sources } = JSON.parse(parts.lines[0]) as { sources: number };
  for (let i = 0; i < 2 * sources; i++) parts.lines.push(line());
  while (at < bytes.length) {
    const carried = JSON.parse(line()) as [unknown[], number];
    if (carried[1] > 0) assert.equal(at % 4, 0, 'integers start at a multiple of four bytes');
    const ints = new Int32Array(carried[1]);
    new Uint8Array(ints.buffer).set(bytes.subarray(at, at + 4 * ints.length));
    at += ints.length > 0 ? 4 * ints.length + 1 : 0;
    parts.snapshot.push([carried, ints]);
  }
  return parts;
}

describe('records kept packed and unpacked on first use', () => {
  it('give the same hovers, cards, completions, picker, references and checks as records made in this thread', () => {
    const want = shown(eager());
    const builder = new CorpusBuilder();
    for (const i of inputs()) builder.setRecord(throughCodec(new CorpusBuilder().set(i)));
    assert.deepEqual(shown(builder.build().index), want);
  });

  it('give the same again when restored from a cache with the resolved index, and when that cache is written again untouched', async () => {
    const want = shown(eager());
    const first = new CorpusBuilder();
    const records = inputs().map((i) => first.set(i));
    first.build();
    const cached = await readCache(await cacheOf(records, first));
    assert.ok(cached.resolved, 'the snapshot is read back');
    const warm = new CorpusBuilder();
    warm.restore(
      [...cached.entries.values()].map((e) => e.record),
      cached.resolved,
    );
    const built = warm.build();
    // Written again before anything was unpacked: the packed parts go out as they came in.
    const again = await readCache(
      await cacheOf(
        [...cached.entries.values()].map((e) => e.record),
        warm,
      ),
    );
    assert.deepEqual(shown(built.index), want);
    const third = new CorpusBuilder();
    third.restore(
      [...again.entries.values()].map((e) => e.record),
      again.resolved!,
    );
    assert.deepEqual(shown(third.build().index), want);
  });

  it('read a cache given in parts, cut anywhere (inside heads, bodies and integers), as they read it whole, and keep views of the parts but copies of a whole', async () => {
    const first = new CorpusBuilder();
    const records = inputs().map((i) => first.set(i));
    first.build();
    const whole = await cacheOf(records, first);
    const restored = async (stored: Uint8Array | Uint8Array[]) => {
      const cached = await readCache(stored);
      // Before anything reads them: a body once read is no longer kept as bytes.
      const buffers = [...cached.entries.values()].map((e) => unreadBody(e.record.parsed)?.bytes.buffer);
      const postings = cached.resolved!.passages.postings.map(([, ids]) => (ids as Int32Array).buffer);
      const warm = new CorpusBuilder();
      warm.restore(
        [...cached.entries.values()].map((e) => e.record),
        cached.resolved!,
      );
      return { buffers, postings, index: warm.build().index };
    };
    const want = shown((await restored(whole)).index);
    for (const size of [1, 7, 4096, 16384, Math.ceil(whole.length / 2)]) {
      const parts = Array.from({ length: Math.ceil(whole.length / size) }, (_, i) => whole.slice(i * size, (i + 1) * size));
      const { buffers, postings, index } = await restored(parts);
      assert.deepEqual(shown(index), want, `parts of ${size} bytes`);
      const ofParts = new Set<ArrayBufferLike>(parts.map((p) => p.buffer));
      if (size > 4096) {
        assert.ok(
          buffers.some((b) => b && ofParts.has(b)),
          'a body within a part is a view of it',
        );
        // Parts of a size that keeps the integers aligned, as a file read in parts of megabytes does.
        if (size % 4 === 0)
          assert.ok(
            postings.some((b) => ofParts.has(b)),
            'integers within a part are a view of it',
          );
      }
    }
    const fromWhole = await readCache(whole);
    assert.ok(
      [...fromWhole.entries.values()].every((e) => unreadBody(e.record.parsed)?.bytes.buffer !== whole.buffer),
      'no body keeps the whole',
    );
    assert.ok(
      fromWhole.resolved!.passages.postings.every(([, ids]) => (ids as Int32Array).buffer !== whole.buffer),
      'no integers keep the whole',
    );
  });

  it('rest as bytes again once a build has read them, and give the same views when read anew', () => {
    const want = shown(eager());
    // As a worker sends them: the head, the body as bytes, and the terms each passage is indexed under.
    const records = inputs().map((i) => {
      const { head, body, terms } = partsOf(new CorpusBuilder().set(i));
      return { ...cachedRecord(head, body, () => assert.fail('no body here is damaged')), terms };
    });
    const builder = new CorpusBuilder();
    for (const r of records) builder.setRecord(r);
    const { index } = builder.build();
    const resting = () => records.filter((r) => unreadBody(r.parsed)).map((r) => r.parsed.path);
    assert.deepEqual(
      resting(),
      records.map((r) => r.parsed.path),
      'every body the build read rests after it',
    );
    assert.deepEqual(shown(index), want);
    assert.ok(resting().length < records.length, 'the views read bodies');
    builder.build();
    assert.equal(resting().length, records.length, 'and the next build lets go of them');
    assert.deepEqual(shown(index), want, 'read anew, they give the same');
  });

  it('keep a body that was written after it was read', () => {
    const { head, body } = cachedParts(new CorpusBuilder().set(clips[0]));
    const record = cachedRecord(head, body, () => assert.fail('not damaged'));
    const [first] = record.parsed.passages;
    record.parsed.passages = [first];
    runSteps(restingRead());
    assert.equal(unreadBody(record.parsed), undefined);
    assert.deepEqual(record.parsed.passages, [first]);
    const named = cachedRecord(head, body, () => assert.fail('not damaged'));
    assert.ok(named.people.entities.length > 0);
    named.people.entities = [];
    runSteps(restingRead());
    assert.deepEqual(named.people.entities, [], 'names written stay written');
  });

  it('leave a restored card’s mentions packed until they are read', async () => {
    const { warm } = await warmStart();
    const { index } = warm.build();
    const packed = (p: object) => typeof Object.getOwnPropertyDescriptor(p, 'mentions')?.get === 'function';
    assert.ok(index.people.every(packed), 'a warm start unpacks no card');
    nameHover(index, draft, draft.indexOf('Belousov') + 1);
    assert.ok(index.people.every(packed), 'a hover reads its card’s mentions packed');
    nameReferences(index, draft, draft.indexOf('Belousov') + 1);
    const belousov = index.personNamed('Andrei Belousov')!;
    assert.ok(!packed(belousov) && index.people.filter(packed).length === index.people.length - 1, 'references unpack the card they list');
  });

  it('patch the touched cards after a warm start from the tallies saved with them, reading no other source’s names', async () => {
    const { warm, restored } = await warmStart();
    warm.build();
    const [talks] = clips;
    const edited = new TextDecoder().decode(talks.bytes).replace('were short', 'were brief') + '\nUmerov left. Belousov and Quarrington stayed.\n';
    warm.set(input(talks.path, edited));
    const after = warm.build().index;
    const unread = (r: SourceRecord) => typeof Object.getOwnPropertyDescriptor(r.people, 'entities')?.get === 'function';
    const others = restored.filter((r) => r.parsed.path !== talks.path);
    assert.ok(others.length > 0 && others.every(unread), 'the sources that did not change keep their names unread');
    assert.deepEqual(shown(after), shown(eagerWith(talks.path, edited)));
  });

  it('keep the linker’s holders packed after a warm start, changed beside the packing, and link as a fresh build after an edit and a delete', async () => {
    const { warm } = await warmStart();
    warm.build();
    const holders = (b: CorpusBuilder) => b.snapshot()!.people.holders.full;
    const [talks, page] = clips;
    const [umerov, ashgrove, kim] = ['rustem umerov', 'corvin ashgrove', 'kim jong un'].map((name) => holders(warm).get(name));
    assert.ok([umerov, ashgrove, kim].every((h) => h instanceof PackedHolders));
    const talksKey = [...umerov!].map(([key]) => key).find((key) => key.includes('umerov'))!;
    const entitiesBefore = umerov!.get(talksKey);
    const edited = new TextDecoder().decode(talks.bytes).replace('Ukrainian Defense Minister Rustem Umerov met', 'Jan Novak met') + '\nRustem Umerov left.\n';
    warm.set(input(talks.path, edited));
    warm.delete(page.path);
    const after = warm.build().index;
    // The edited source names Umerov elsewhere now; the deleted one alone named Ashgrove; neither names Kim Jong Un.
    assert.equal(holders(warm).get('rustem umerov'), umerov, 'the same packed holders');
    assert.notDeepEqual(umerov!.get(talksKey), entitiesBefore);
    assert.equal(holders(warm).get('corvin ashgrove'), undefined);
    assert.equal(holders(warm).get('kim jong un'), kim);
    const fresh = new CorpusBuilder();
    for (const i of inputs()) if (i.path !== page.path) fresh.set(i.path === talks.path ? input(talks.path, edited) : i);
    assert.deepEqual(shown(after), shown(fresh.build().index));
  });

  it('grow the posting lists taken back from a warm start edit after edit, and search as a fresh build of the same files', async () => {
    const { warm } = await warmStart();
    warm.build();
    const [talks] = clips;
    const queries = ['talks were short', 'Umerov said', 'figures revised', 'border port open', 'Kim Jong Un'];
    const found = (index: GroundworkIndex) => queries.map((q) => index.searchPassages(q, 10).map((r) => [r.passage.id, r.passage.text]));
    let text = new TextDecoder().decode(talks.bytes);
    // Each edit adds to the same restored lists again (the talks, the minister, the figures) and to lists of other sources' words.
    for (const more of [
      'Umerov said the talks were short again.',
      'The figures were revised; the port would stay open, Umerov said.',
      'Kim Jong Un said nothing.',
    ]) {
      text += `\n${more}\n`;
      warm.set(input(talks.path, text));
      const after = warm.build().index;
      const fresh = eagerWith(talks.path, text);
      assert.deepEqual(found(after), found(fresh));
      assert.deepEqual(shown(after), shown(fresh));
    }
  });

  it('rank a card’s quotes from a bounded sample of its sources, spread over all of them', () => {
    const builder = new CorpusBuilder();
    const n = 400;
    for (let i = 0; i < n; i++) {
      const name = `/wire/${String(i).padStart(3, '0')}.md`;
      const said = i % 2 ? 'Harrowgate said the vote would be close.' : 'Harrowgate said “we will see” on Tuesday.';
      builder.set(input(name, `---\ntitle: Vote ${i}\ndate: 2024-01-01\noutlet: Wire ${i}\n---\nSenator Imelda Harrowgate spoke in the morning.\n\n${said}\n`));
    }
    const { index } = builder.build();
    const person = index.personNamed('Imelda Harrowgate')!;
    const card = nameHover(index, 'Imelda Harrowgate', 3)!.markdown;
    assert.match(card, new RegExp(`${2 * n} mentions in ${n} sources`));
    assert.equal(new Set(index.quotes(person, 3).map((q) => q.source.key)).size, 3, 'the card’s quotes come from three sources');
    const ranked = index.quotes(person, n);
    const keys = new Set(ranked.map((q) => q.source.key));
    assert.ok(keys.size >= 10 && keys.size < n / 4, `quotes are ranked from a sample of the sources (${keys.size} of ${n})`);
    const order = index.sources.map((s) => s.key);
    const at = [...keys].map((k) => order.indexOf(k)).sort((a, b) => a - b);
    assert.ok(at[0] < n / 10 && at.at(-1)! > (9 * n) / 10, `the sample is spread over all the sources (${at[0]} to ${at.at(-1)})`);
  });

  it('leave cards packed through a cold build and an update, which unpacks only the cards it patches', () => {
    const packed = (p: object) => typeof Object.getOwnPropertyDescriptor(p, 'mentions')?.get === 'function';
    const builder = new CorpusBuilder();
    for (const i of inputs()) builder.set(i);
    const before = builder.build().index;
    assert.ok(before.people.every(packed), 'a cold build unpacks no card');
    const [talks] = clips;
    const edited = new TextDecoder().decode(talks.bytes).replace('were short', 'were brief') + '\nUmerov left.\n';
    builder.set(input(talks.path, edited));
    const after = builder.build().index;
    assert.ok(after.people.every(packed), 'the new index’s cards are packed');
    const untouched = before.people.filter((p) => after.people.includes(p));
    assert.ok(untouched.length > 0 && untouched.every(packed), 'cards the update did not touch stay packed and are kept as they were');
    assert.deepEqual(shown(after), shown(eagerWith(talks.path, edited)));
  });
});

function eagerWith(path: string, text: string): GroundworkIndex {
  const builder = new CorpusBuilder();
  for (const i of inputs()) builder.set(i.path === path ? input(path, text) : i);
  return builder.build().index;
}

describe('the cache refuses what it cannot trust', () => {
  const text = (t: string) => new TextEncoder().encode(t);
  const saved = async () => {
    const builder = new CorpusBuilder();
    const records = inputs().map((i) => builder.set(i));
    builder.build();
    return splitCache(await cacheOf(records, builder));
  };
  /** The cache again from its parts, as `writeCache` lays them out. */
  const joined = ({ lines, snapshot }: CacheParts) => {
    const parts = [
      ...lines.map(text),
      ...snapshot.flatMap(([line, ints]) => [
        text(JSON.stringify(line)),
        ...(ints.length ? [new Uint8Array(ints.buffer, ints.byteOffset, ints.byteLength)] : []),
      ]),
    ];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      out[at + p.length] = 0x0a;
      at += p.length + 1;
    }
    return out;
  };

  it('reads nothing of a cache written by another index version', async () => {
    const saves = await saved();
    for (const version of [INDEX_VERSION - 1, INDEX_VERSION + 1]) {
      const lines = [JSON.stringify({ ...JSON.parse(saves.lines[0]), version }), ...saves.lines.slice(1)];
      const cache = await readCache(joined({ ...saves, lines }));
      assert.equal(cache.entries.size, 0);
      assert.equal(cache.resolved, undefined);
    }
  });

  it('drops a source whose head is damaged, and the resolved index with it', async () => {
    const saves = await saved();
    for (const change of [(line: string) => line.slice(0, -3), (line: string) => line.replace(/\d+\]$/, '7]')]) {
      const copy = [...saves.lines];
      copy[1] = change(copy[1]);
      const cache = await readCache(joined({ ...saves, lines: copy }));
      assert.equal(cache.entries.size, inputs().length - 1);
      assert.equal(cache.resolved, undefined, 'an index resolved over a source that is gone is not taken back');
    }
  });

  it('reads a source’s body part by part when first used (text, passages, names); a damaged part reads empty, with its error, and is reported to be read again', async () => {
    const saves = await saved();
    // A body is its passages, its entities and its text, each JSON, joined by tabs.
    type Parts = [passages: { flat: number[] }, entities: unknown[], text: string];
    const cases: Array<[change: (parts: Parts) => void, read: (r: SourceRecord) => unknown, empty: unknown]> = [
      [(b) => (b[0].flat[5] = 1e6), (r) => r.parsed.passages, []],
      [(b) => b[0].flat.push(7), (r) => r.parsed.passages, []],
      [(b) => (b[1] = [{ kind: 'person', mentions: [1, 2, 3] }]), (r) => r.people.entities, []],
      [(b) => ((b[1] as Array<{ texts: number[] }>).find((e) => e.texts.length > 0)!.texts[0] = 99), (r) => r.people.entities, []],
      [(b) => (b[2] = undefined as unknown as string), (r) => r.parsed.text, ''],
    ];
    for (const [change, read, empty] of cases) {
      const copy = [...saves.lines];
      const parts = copy[2].split('\t').map((p) => JSON.parse(p) as unknown) as Parts;
      change(parts);
      copy[2] = parts.map((p) => JSON.stringify(p)).join('\t');
      // The head is told the new length, so it takes the body: the damage shows only when the body is read.
      copy[1] = copy[1].replace(/\d+\]$/, `${text(copy[2]).length}]`);
      const damaged: string[] = [];
      const cache = await readCache(joined({ ...saves, lines: copy }), undefined, (path) => damaged.push(path));
      assert.equal(cache.entries.size, inputs().length);
      assert.ok(cache.resolved);
      const [first] = cache.entries.values();
      assert.deepEqual(damaged, [], 'nothing is read before it is used');
      assert.deepEqual(read(first.record), empty);
      assert.deepEqual(damaged, [first.record.parsed.path]);
      assert.ok(first.record.parsed.errors.some((e) => e.includes('damaged')));
    }
    // Damaged names do not stop the text and passages of the same body, which a hover or a search reads alone.
    const copy = [...saves.lines];
    const parts = copy[2].split('\t');
    copy[2] = [parts[0], '{broken', parts[2]].join('\t');
    copy[1] = copy[1].replace(/\d+\]$/, `${text(copy[2]).length}]`);
    const damaged: string[] = [];
    const [first] = (await readCache(joined({ ...saves, lines: copy }), undefined, (path) => damaged.push(path))).entries.values();
    assert.ok(first.record.parsed.text.length > 0 && first.record.parsed.passages.length > 0);
    assert.deepEqual(damaged, []);
    assert.deepEqual(first.record.people.entities, []);
    assert.deepEqual(damaged, [first.record.parsed.path]);
  });

  it('reads a source’s names and their mentions without its text: a body whose text is damaged links its people, and is reported only when the text is read', async () => {
    const saves = await saved();
    const copy = [...saves.lines];
    const parts = copy[2].split('\t');
    copy[2] = [parts[0], parts[1], '"broken'].join('\t');
    copy[1] = copy[1].replace(/\d+\]$/, `${text(copy[2]).length}]`);
    const damaged: string[] = [];
    const [first] = (await readCache(joined({ ...saves, lines: copy }), undefined, (path) => damaged.push(path))).entries.values();
    const original = inputs()
      .map((i) => new CorpusBuilder().set(i))
      .find((r) => r.parsed.path === first.record.parsed.path)!;
    const mentions = (r: SourceRecord) => r.people.entities.map((e) => [e.words.join(' '), e.mentions.map((m) => `${m.start}:${m.text}`)]);
    assert.deepEqual(mentions(first.record), mentions(original));
    const linker = new PeopleLinker();
    linker.set('seed', first.record.people);
    assert.ok(linker.people().some((p) => p.mentions.length > 1));
    assert.deepEqual(damaged, [], 'the text was not read');
    assert.equal(first.record.parsed.text, '');
    assert.deepEqual(damaged, [first.record.parsed.path]);
  });

  it('takes back no resolved index whose integers are cut short, and every source still', async () => {
    const whole = joined(await saved());
    for (const cut of [2, 5, 4000]) {
      const cache = await readCache(whole.subarray(0, whole.length - cut));
      assert.equal(cache.entries.size, inputs().length);
      assert.equal(cache.resolved, undefined, `cut by ${cut} bytes`);
    }
    assert.ok((await readCache(whole)).resolved, 'whole, it is taken back');
  });

  it('takes back no resolved index that lost lines at its end or in its middle, and every source still', async () => {
    const saves = await saved();
    const n = saves.snapshot.length;
    for (const keep of [(_: unknown, i: number) => i < n - 1, (_: unknown, i: number) => i < n / 2, (_: unknown, i: number) => i !== Math.floor(n / 3)]) {
      const cache = await readCache(joined({ ...saves, snapshot: saves.snapshot.filter(keep) }));
      assert.equal(cache.entries.size, inputs().length);
      assert.equal(cache.resolved, undefined, keep.toString());
    }
  });

  it('does not take back cards whose packed mentions point outside their tables', async () => {
    const saves = await saved();
    const at = saves.snapshot.findIndex(([[line]]) => line[0] === 'cards');
    type Cards = [['cards', { cards: Array<[string, unknown, number]> }], number];
    const fewer = (line: Cards, ints: Int32Array): [Cards, Int32Array] => {
      line[0][1].cards[0][2]--;
      line[1]--;
      return [line, ints.subarray(1)];
    };
    for (const change of [
      (line: Cards, ints: Int32Array): [Cards, Int32Array] => [line, ints.map((n, i) => (i === 0 ? 99 : n))],
      (line: Cards, ints: Int32Array): [Cards, Int32Array] => [line, ints.map((n, i) => (i === 5 ? -1 : n))],
      fewer,
    ]) {
      const [line, ints] = saves.snapshot[at];
      const snapshot = [...saves.snapshot];
      snapshot[at] = change(JSON.parse(JSON.stringify(line)) as Cards, ints);
      const cache = await readCache(joined({ ...saves, snapshot }));
      assert.equal(cache.entries.size, inputs().length, 'the records are still good');
      assert.equal(cache.resolved, undefined);
    }
  });

  it('collects a card afresh when its saved tally does not read, and patches from those that do', async () => {
    const saves = await saved();
    type Cards = [['cards', { cards: Array<[string, { name: string }, number, { roles: unknown[] }?]> }], number];
    const snapshot = saves.snapshot.map(([line, ints]) => {
      if (line[0][0] !== 'cards') return [line, ints] as (typeof saves.snapshot)[number];
      const copy = JSON.parse(JSON.stringify(line)) as Cards;
      for (const [, card, , tally] of copy[0][1].cards) if (tally && card.name === 'Rustem Umerov') tally.roles.pop();
      return [copy, ints] as unknown as (typeof saves.snapshot)[number];
    });
    const cached = await readCache(joined({ ...saves, snapshot }));
    const warm = new CorpusBuilder();
    const restored = [...cached.entries.values()].map((e) => e.record);
    warm.restore(restored, cached.resolved!);
    warm.build();
    const [talks] = clips;
    const edited = new TextDecoder().decode(talks.bytes) + '\nUmerov left. Belousov and Quarrington stayed.\n';
    warm.set(input(talks.path, edited));
    assert.deepEqual(shown(warm.build().index), shown(eagerWith(talks.path, edited)));
  });

  it('names a card’s sources by their records’ numbers, takes back one named by key and path, and refuses a number of no record', async () => {
    const saves = await saved();
    const at = saves.snapshot.findIndex(([[line]]) => line[0] === 'cards');
    type Cards = [['cards', { sources: Array<number | [string, string]> }], number];
    const [line, ints] = saves.snapshot[at] as unknown as [Cards, Int32Array];
    const { sources } = line[0][1];
    assert.ok(sources.length > 0 && sources.every((s) => typeof s === 'number'), JSON.stringify(sources));
    const heads = saves.lines.slice(1).filter((_, i) => i % 2 === 0);
    const spelt = sources.map((n) => {
      const [path, , , , head] = JSON.parse(heads[n]) as [string, string, unknown, unknown, { parsed: { key: string } }];
      return [head.parsed.key, path];
    });
    const edited = async (named: Array<number | [string, string]>) => {
      const copy = JSON.parse(JSON.stringify(line)) as Cards;
      copy[0][1].sources = named;
      const snapshot = [...saves.snapshot];
      snapshot[at] = [copy, ints] as unknown as (typeof saves.snapshot)[number];
      return readCache(joined({ ...saves, snapshot }));
    };
    const first = new CorpusBuilder();
    const cached = await readCache(joined(saves));
    first.restore(
      [...cached.entries.values()].map((e) => e.record),
      cached.resolved!,
    );
    const want = shown(first.build().index);
    const bySpelling = await edited(spelt as Array<[string, string]>);
    const warm = new CorpusBuilder();
    warm.restore(
      [...bySpelling.entries.values()].map((e) => e.record),
      bySpelling.resolved!,
    );
    assert.deepEqual(shown(warm.build().index), want, 'sources spelt out read as the numbered ones');
    for (const bad of [inputs().length, -1, 0.5]) {
      const cache = await edited(sources.map((s, i) => (i === 0 ? bad : s)));
      assert.equal(cache.entries.size, inputs().length, 'the records are still good');
      assert.equal(cache.resolved, undefined, `a card source numbered ${bad} is refused`);
    }
  });
});

describe('a warm start grows with the corpus', () => {
  it('twice the sources take at most three times as long to take back from the cache and publish', async () => {
    const stories = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        input(`/s/${i}.txt`, `Story ${i}\n\nFinance Minister Ottoline Quarrington said the batch ${i} figures were revised. Corvin Ashgrove agreed in ${i}.\n`),
      );
    const caches = new Map<number, Awaited<ReturnType<typeof readCache>>>();
    for (const n of [150, 300]) {
      const builder = new CorpusBuilder();
      const records = stories(n).map((i) => builder.set(i));
      builder.build();
      caches.set(n, await readCache(await cacheOf(records, builder)));
    }
    const warmStart = (n: number) => () => {
      const { entries, resolved } = caches.get(n)!;
      const builder = new CorpusBuilder();
      builder.restore(
        [...entries.values()].map((e) => e.record),
        resolved!,
      );
      builder.build();
    };
    assertLinear('a warm start', warmStart, 150);
  });
});
