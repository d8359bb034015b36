import * as assert from 'node:assert/strict';
import type { BuildReport } from '../../src/core/engine/build-report';
import { Indexer } from '../../src/core/engine/indexer';
import { SourceEngine, type EngineOptions } from '../../src/core/engine/source-engine';
import { WARM_UP } from '../../src/core/engine/worker-protocol';
import type { GroundworkIndex } from '../../src/core/groundwork-index';
import { seedInputs } from './fixtures';
import { InThreadWorker, MemoryCache, MemoryFiles, MemoryFilesAtOnce } from './memory-files';

const story = (name: string, n: number) => `Story ${n}\n\nTRENTON, New Jersey (AP) — Finance Minister ${name} said the batch ${n} figures were revised.\n`;

interface Run {
  engine: SourceEngine;
  builds: BuildReport[];
  warnings: string[];
}

const running: SourceEngine[] = [];

function start(files: MemoryFiles, options: Partial<EngineOptions> = {}): Run {
  const builds: BuildReport[] = [];
  const warnings: string[] = [];
  const log = { info: () => undefined, debug: () => undefined, warn: (m: string) => warnings.push(m) };
  const engine = new SourceEngine({ files, log, settleMs: 10, burstMs: 60, ...options });
  engine.onDidBuild((r) => builds.push(r));
  running.push(engine);
  return { engine, builds, warnings };
}

/** The index once file events have settled and their update is done. */
async function settled(engine: SourceEngine): Promise<GroundworkIndex> {
  await new Promise((r) => setTimeout(r, 150));
  return engine.index();
}

function withSeeds(files = new MemoryFiles()): MemoryFiles {
  for (const s of seedInputs()) files.write(`/ws/seeds/${s.path.split('/').pop()}`, s.bytes);
  return files;
}

describe('the engine over an in-memory file system', () => {
  afterEach(() => running.splice(0).forEach((e) => e.dispose()));

  it('takes a burst of file events as one update that parses only the new files', async () => {
    const files = withSeeds();
    const { engine, builds } = start(files);
    await engine.index();
    for (let i = 0; i < 40; i++) {
      files.write(`/ws/sources/b${i}.txt`, story(`Halvard Burstmann${String.fromCharCode(97 + (i % 7))}`, i));
      files.emit(`/ws/sources/b${i}.txt`);
    }
    const index = await settled(engine);
    assert.equal(builds.length, 2, 'the first build and one update');
    assert.deepEqual([builds[1].kind, builds[1].parsed], ['update', 40]);
    assert.equal(index.sources.filter((s) => s.path.startsWith('/ws/sources/')).length, 40);
  });

  it('takes in the files of a folder that arrives as one event', async () => {
    const files = withSeeds();
    const { engine, builds } = start(files);
    await engine.index();
    for (let i = 0; i < 3; i++) files.write(`/ws/sources/unzipped/u${i}.txt`, story('Ysolde Fairweather', i));
    files.emit('/ws/sources/unzipped');
    const index = await settled(engine);
    assert.equal(index.sources.filter((s) => s.path.includes('/unzipped/')).length, 3);
    assert.equal(builds.at(-1)!.parsed, 3);
    assert.ok(index.personNamed('Ysolde Fairweather'));
  });

  it('notices deletes whose events were lost, and a folder deleted as one event', async () => {
    const files = withSeeds();
    for (let i = 0; i < 4; i++) files.write(`/ws/sources/a/d${i}.txt`, story('Corvin Ashgrove', i));
    for (let i = 0; i < 2; i++) files.write(`/ws/sources/b/e${i}.txt`, story('Ilsabet Marrow', i));
    const { engine } = start(files);
    assert.equal((await engine.index()).sources.length, 8);
    for (let i = 0; i < 4; i++) files.delete(`/ws/sources/a/d${i}.txt`);
    files.emit('/ws/sources/a/d0.txt');
    let index = await settled(engine);
    assert.deepEqual(
      index.sources.filter((s) => s.path.includes('/a/')),
      [],
      'the siblings whose events were lost are gone too',
    );
    files.delete('/ws/sources/b');
    files.emit('/ws/sources/b');
    index = await settled(engine);
    assert.equal(index.sources.length, 2);
    assert.equal(index.personNamed('Ilsabet Marrow'), undefined);
  });

  it('restarts from the cache: unchanged files by their stat, touched ones by their content', async () => {
    const files = withSeeds();
    for (let i = 0; i < 5; i++) files.write(`/ws/sources/c${i}.txt`, story('Ottoline Quarrington', i));
    const cache = new MemoryCache();
    const first = start(files, { cache });
    const expected = (await first.engine.index()).people.map((p) => p.name);
    await first.engine.saveCache();
    first.engine.dispose();

    const readsBefore = files.reads;
    const warm = start(files, { cache });
    assert.deepEqual(
      (await warm.engine.index()).people.map((p) => p.name),
      expected,
    );
    assert.deepEqual([warm.builds[0].parsed, warm.builds[0].fromCacheByStat, files.reads - readsBefore], [0, 7, 0], 'nothing read or parsed');
    warm.engine.dispose();

    files.write('/ws/sources/c1.txt', files.files.get('/ws/sources/c1.txt')!.bytes);
    files.write('/ws/sources/c2.txt', story('Rustem Umerov', 2));
    const again = start(files, { cache });
    const index = await again.engine.index();
    assert.deepEqual(
      [again.builds[0].parsed, again.builds[0].fromCacheByStat],
      [1, 5],
      'the touched file is read and found unchanged; the edited one is parsed',
    );
    assert.ok(index.personNamed('Rustem Umerov'));
  });

  it('states the files while the cache comes off the disk, the first of them before it is asked for, and takes them from it by their stat', async () => {
    const files = withSeeds();
    // More than the engine states at once, so that stating goes on after the cache is asked for.
    for (let i = 0; i < 300; i++) files.write(`/ws/sources/s${String(i).padStart(3, '0')}.txt`, story('Halvard Burstmann', i));
    const cache = new MemoryCache();
    const first = start(files, { cache });
    await first.engine.index();
    await first.engine.saveCache();
    first.engine.dispose();
    const order: string[] = [];
    const slowDisk = {
      read: async () => {
        order.push('cache asked for');
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push('cache read');
        return cache.bytes;
      },
      write: (bytes: Uint8Array) => cache.write(bytes),
    };
    const stat = files.stat.bind(files);
    files.stat = (path) => {
      order.push('stat');
      return stat(path);
    };
    const warm = start(files, { cache: slowDisk });
    await warm.engine.index();
    const shown = order.filter((o, i) => o !== 'stat' || order[i - 1] !== 'stat').join(', ');
    assert.ok(order.indexOf('stat') < order.indexOf('cache asked for'), shown);
    assert.ok(order.indexOf('cache asked for') < order.lastIndexOf('stat'), shown);
    assert.ok(order.lastIndexOf('stat') < order.indexOf('cache read'), shown);
    assert.deepEqual([warm.builds[0].parsed, warm.builds[0].fromCacheByStat], [0, files.files.size]);
    warm.engine.dispose();
  });

  it('restarts from the resolved index it saved, and gives what a fresh build of the files gives, also after edits meanwhile', async () => {
    const summary = (index: GroundworkIndex) => ({
      keys: index.sources.map((s) => `${s.path} ${s.key}`).sort(),
      people: index.people.map((p) => [p.id, p.name, p.role, p.aliases, p.mentions.map((m) => `${m.source}:${m.start}:${m.text}`)]),
      // The stories are alike: passages of the same score come in the order they were indexed, so the set is compared.
      found: index
        .searchPassages('Quarrington figures revised', 10)
        .map((h) => h.passage.id)
        .sort(),
      best: index.searchPassages('Quarrington batch 100', 1)[0]?.passage.id,
      named: index.matchNames('Ottoline Quarrington met Corvin Ashgrove and Belousov.').map((h) => h.value.id),
    });
    const files = withSeeds();
    for (let i = 0; i < 6; i++) files.write(`/ws/sources/r${i}.txt`, story(i % 2 ? 'Ottoline Quarrington' : 'Corvin Ashgrove', i));
    files.write('/ws/sources/locked.txt', story('Ilsabet Marrow', 9));
    files.unreadable.add('/ws/sources/locked.txt');
    const cache = new MemoryCache();
    const first = start(files, { cache });
    await first.engine.index();
    // An update first, so the saved postings hold the ids of passages that are gone.
    files.write('/ws/sources/r0.txt', story('Ottoline Quarrington', 100));
    await first.engine.refresh(['/ws/sources/r0.txt']);
    await first.engine.saveCache();
    first.engine.dispose();
    // What a fresh build of the same files gives (the live index ranks with the gone passages still counted).
    const cold = summary(await start(files).engine.index());

    const readsBefore = files.reads;
    const warm = start(files, { cache });
    assert.deepEqual(summary(await warm.engine.index()), cold);
    assert.deepEqual([warm.builds[0].fromSnapshot, warm.builds[0].parsed, files.reads - readsBefore], [true, 0, 1], 'only the unreadable file is tried again');
    warm.engine.dispose();

    files.write('/ws/sources/r1.txt', story('Rustem Umerov', 1));
    files.delete('/ws/sources/r2.txt');
    files.write('/ws/sources/r9.txt', story('Ottoline Quarrington', 9));
    files.unreadable.delete('/ws/sources/locked.txt');
    const again = start(files, { cache });
    const restored = summary(await again.engine.index());
    assert.equal(again.builds[0].fromSnapshot, true);
    assert.deepEqual(restored, summary(await start(files).engine.index()));
  });

  it('merges afresh when the saved index does not fit its records', async () => {
    const files = withSeeds();
    const cache = new MemoryCache();
    const first = start(files, { cache });
    const expected = (await first.engine.index()).people.map((p) => p.name);
    await first.engine.saveCache();
    first.engine.dispose();
    const lines = new TextDecoder().decode(cache.bytes).split('\n');
    const edit = (kind: string, change: (line: unknown) => void) =>
      new TextEncoder().encode(
        lines
          .map((l) => {
            if (!l.startsWith(`["${kind}"`)) return l;
            const line = JSON.parse(l);
            change(line);
            return JSON.stringify(line);
          })
          .join('\n'),
      );
    const variants = [
      // A card whose mention points outside its line's table of sources: the snapshot is not read.
      edit('cards', (line) => ((line as [string, { cards: Array<[string, unknown, number[]]> }])[1].cards[0][2][0] = 999_999)),
      // A source whose passages are not the ones the postings were made over: it is read, and not taken back.
      edit('bySource', (line) => (line as [string, Array<[string, number[]]>])[1][0][1].push(12345)),
    ];
    for (const bytes of variants) {
      cache.bytes = bytes;
      const warm = start(files, { cache });
      assert.deepEqual(
        (await warm.engine.index()).people.map((p) => p.name),
        expected,
      );
      assert.equal(warm.builds[0].fromSnapshot, false);
      warm.engine.dispose();
    }
  });

  it('reads a source again from its file when its cached body turns out damaged on first use, and saves it whole', async () => {
    const files = withSeeds();
    for (let i = 0; i < 3; i++) files.write(`/ws/sources/d${i}.txt`, story('Ottoline Quarrington', i));
    const cache = new MemoryCache();
    const first = start(files, { cache });
    await first.engine.index();
    await first.engine.saveCache();
    first.engine.dispose();
    const lines = new TextDecoder().decode(cache.bytes).split('\n');
    const at = lines.findIndex((l) => l.startsWith('["/ws/sources/d1.txt"'));
    // A body of the length its head says, which is no JSON.
    lines[at + 1] = '#'.repeat(new TextEncoder().encode(lines[at + 1]).length);
    cache.bytes = new TextEncoder().encode(lines.join('\n'));

    const warm = start(files, { cache });
    const index = await warm.engine.index();
    assert.equal(warm.builds[0].parsed, 0);
    const damaged = index.sources.find((s) => s.path === '/ws/sources/d1.txt')!;
    assert.equal(damaged.text, '', 'the damaged body gives no text');
    assert.ok(damaged.errors.some((e) => e.includes('damaged')));
    const again = await settled(warm.engine);
    const restored = again.sources.find((s) => s.path === '/ws/sources/d1.txt')!;
    assert.ok(restored.text.includes('batch 1 figures') && restored.errors.length === 0, 'read and parsed again from the file');
    assert.equal(warm.builds.at(-1)!.parsed, 1);
    assert.ok(warm.warnings.some((w) => w.includes('d1.txt') && w.includes('damaged')));
    await warm.engine.saveCache();
    warm.engine.dispose();
    const third = start(files, { cache });
    const text = (await third.engine.index()).sources.find((s) => s.path === '/ws/sources/d1.txt')!.text;
    assert.ok(text.includes('batch 1 figures'), 'the saved cache holds the source whole again');
  });

  for (const [how, Files] of [
    ['each', MemoryFiles],
    ['all at once', MemoryFilesAtOnce],
  ] as const)
    it(`reports each bad file once, also after a reload, and indexes the good ones (files read ${how})`, async () => {
      const files = withSeeds(new Files());
      files.write('/ws/sources/empty.txt', '');
      files.write('/ws/sources/binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]));
      files.write('/ws/sources/locked.txt', story('Ilsabet Marrow', 1));
      files.unreadable.add('/ws/sources/locked.txt');
      files.write('/ws/sources/good.txt', story('Corvin Ashgrove', 2));
      const { engine, warnings } = start(files);
      const index = await engine.index();
      assert.ok(index.personNamed('Corvin Ashgrove'));
      await engine.reload();
      const about = (name: string) => warnings.filter((w) => w.startsWith(`/ws/sources/${name}:`));
      assert.match(about('empty.txt').join(), /empty file/);
      assert.match(about('binary.txt').join(), /binary file/);
      assert.match(about('locked.txt').join(), /could not read: permission denied/);
      for (const name of ['empty.txt', 'binary.txt', 'locked.txt']) assert.equal(about(name).length, 1, name);
      assert.deepEqual(about('good.txt'), []);
      assert.equal(engine.problems().length, 3);
    });

  it('replaces a worker that a file kills or hangs, and gives that file the error', async () => {
    const files = withSeeds();
    for (let i = 0; i < 60; i++) files.write(`/ws/sources/w${String(i).padStart(2, '0')}.txt`, story('Halvard Burstmann', i));
    files.write('/ws/sources/w30-crash.txt', story('Ysolde Fairweather', 30));
    files.write('/ws/sources/w40-hang.txt', story('Ysolde Fairweather', 40));
    InThreadWorker.started = 0;
    InThreadWorker.mostHeld = 0;
    const { engine } = start(files, { indexer: { createWorker: () => new InThreadWorker(), workers: 2, batchTimeoutMs: 300 } });
    const index = await engine.index();
    assert.equal(index.sources.length, 64);
    const errors = (name: string) => index.sources.find((s) => s.path.endsWith(name))!.errors.join();
    assert.match(errors('w30-crash.txt'), /stopped the indexing worker \(Maximum call stack/);
    assert.match(errors('w40-hang.txt'), /stopped the indexing worker \(no answer/);
    assert.equal(index.sources.filter((s) => s.errors.length > 0).length, 2, 'only those two');
    assert.ok(index.personNamed('Halvard Burstmann'));
    assert.ok(InThreadWorker.started > 2, 'dead workers were replaced');
    assert.equal(InThreadWorker.mostHeld, 2, 'a worker has its next batch before it answers one, never more');
    assert.equal(engine.usesWorker, true);
  });

  it('indexes in this thread when no worker ever starts', async () => {
    const files = withSeeds();
    const { engine } = start(files, {
      indexer: {
        createWorker: () => {
          throw new Error('no threads here');
        },
      },
    });
    const index = await engine.index();
    assert.equal(index.sources.length, 2);
    assert.equal(engine.usesWorker, false);
    assert.ok(index.personNamed('Andrei Belousov'));
  });

  it('has a worker parse a sample as it starts, before the first batch, and then gives that batch’s records only', async () => {
    const asked: string[][] = [];
    const createWorker = () => {
      const worker = new InThreadWorker();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (request) => {
        asked.push(request.inputs.map((i) => i.path));
        post(request);
      };
      return worker;
    };
    const indexer = new Indexer({ createWorker });
    indexer.warmUp();
    const inputs = seedInputs();
    const records = await indexer.records(inputs, () => undefined, { isCancellationRequested: false });
    indexer.dispose();
    assert.deepEqual(asked, [[WARM_UP.path], inputs.map((i) => i.path)]);
    assert.deepEqual(
      records?.map((r) => r.parsed.path),
      inputs.map((i) => i.path),
    );
    assert.ok(records?.every((r) => r.people.entities.some((e) => e.kind === 'person')));
  });
});
