import * as assert from 'node:assert/strict';
import { generateArticle, type ArticleFormat } from '../../bench/article-generator';
import { makeRoster } from '../../bench/people-roster';
import { Random } from '../../bench/random';
import { checkDraft } from '../../src/core/checks';
import { buildCorpus } from '../../src/core/corpus';
import { CorpusBuilder } from '../../src/core/corpus-builder';
import { SourceEngine } from '../../src/core/engine/source-engine';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import type { SourceInput } from '../../src/core/types';
import { input } from './fixtures';
import { assertLinear } from './growth';
import { InThreadWorker, MemoryFiles } from './memory-files';

const FORMATS: ArticleFormat[] = ['txt', 'md', 'html'];
const NEW_PERSON = '\n\nFinance Minister Ottoline Quarrington said the figures would be revised.\n';

/** `n` generated news articles over a small roster, so that people, surnames and keys are shared across sources. */
function articles(n: number, seed: number): SourceInput[] {
  const rng = new Random(seed);
  const roster = makeRoster(40);
  return Array.from({ length: n }, (_, i) => {
    const format = FORMATS[i % 3];
    return input(`/news/batch-${i % 4}/article-${String(i).padStart(4, '0')}.${format}`, generateArticle(rng, roster, format));
  });
}

/** Everything an update must give as a fresh build does: keys, passages, people with their roles, aliases and mentions. */
function summary(index: GroundworkIndex): unknown {
  const people = index.people
    .map((p) => [p.name, p.kind, p.role, p.roles, p.roleDates, p.aliases, p.mentions.map((m) => `${m.source}:${m.path}:${m.start}-${m.end}`)])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return {
    sources: index.sources.map((s) => [s.path, s.key, s.errors, s.passages.map((p) => p.id)]),
    byKey: index.sources.map((s) => index.source(s.key)?.path),
    people,
    order: index.people.map((p) => p.mentions.length),
  };
}

/** What the editor asks: names in a draft, people by name, passages by words. */
function answers(index: GroundworkIndex, draft: string): unknown {
  return {
    names: index.matchNames(draft).map((h) => [h.start, h.end, h.value.name, h.value.mentions.length]),
    named: ['Quarrington', 'Ottoline Quarrington', index.people[0]?.name ?? ''].map((n) => index.personNamed(n)?.name),
    // Every hit with its score: passages that score the same may come in any order.
    passages: ['figures would be revised', 'minister said talks'].map((q) =>
      index
        .searchPassages(q, 1000)
        .map((h) => `${h.score.toFixed(6)} ${h.passage.id}`)
        .sort(),
    ),
    completion: index.completePeople('Ot').map((p) => p.name),
    // The checks keep their own name table across versions of an index.
    // Which source best supports a claim may be any of several with the same passage.
    findings: checkDraft(draft, { index }).findings.map((f) => [f.rule, f.start, f.end, f.rule === 'uncited-claim' ? '' : f.message]),
  };
}

describe('an index updated one source at a time', () => {
  it('after edits, additions, deletions and renames gives exactly what a fresh build of the same files gives', () => {
    const rng = new Random(11);
    const pool = articles(36, 5);
    const files = new Map(pool.slice(0, 24).map((i) => [i.path, i]));
    const builder = new CorpusBuilder();
    for (const i of files.values()) builder.set(i);
    builder.build();
    for (let step = 0; step < 30; step++) {
      for (let op = rng.int(1, 2); op > 0; op--) {
        const path = rng.pick([...files.keys()]);
        const r = rng.next();
        const changes: Array<[string, SourceInput | undefined]> = [];
        if (r < 0.4) {
          // An edit naming a new person, or another article under the same name.
          const old = new TextDecoder().decode(files.get(path)!.bytes);
          changes.push([path, input(path, rng.chance(0.5) ? old + NEW_PERSON : new TextDecoder().decode(rng.pick(pool).bytes))]);
        } else if (r < 0.6 && files.size > 10) changes.push([path, undefined]);
        else if (r < 0.8) {
          const added = rng.pick(pool);
          changes.push([added.path, added]);
        } else {
          // A rename: the same text under another path.
          const to = `/news/moved/${step}-${path.replace(/^.*\//, '')}`;
          changes.push([path, undefined], [to, input(to, files.get(path)!.bytes)]);
        }
        for (const [changed, now] of changes) {
          if (now) {
            files.set(changed, now);
            builder.set(now);
          } else {
            files.delete(changed);
            builder.delete(changed);
          }
        }
      }
      const { index } = builder.build();
      const fresh = new GroundworkIndex(buildCorpus([...files.values()]));
      assert.deepEqual(summary(index), summary(fresh), `step ${step}`);
      const names = fresh.people
        .filter((p) => p.kind === 'person')
        .slice(0, 12)
        .map((p) => p.name);
      // Misspelt: a letter doubled in each surname.
      const misspelt = names.map((n) => n.replace(/(\p{Ll})(\p{Ll}*)$/u, '$1$1$2'));
      const draft = `${names.join(' met ')}. ${misspelt.join(' and ')} spoke. Ottoline Quarrington said the figures would be revised. Otoline Quarington agreed.`;
      assert.deepEqual(answers(index, draft), answers(fresh, draft), `step ${step}`);
    }
  });

  it('takes records in while the rest are parsed, and still settles clashing keys as a fresh build does', async () => {
    const files = new MemoryFiles();
    const inputs = articles(40, 3);
    // The same story filed twice, and two clippings declaring one key: whichever is parsed first, the keys settle by path.
    const twice = new TextDecoder().decode(inputs[0].bytes);
    const declared = (title: string) => `---\ntitle: ${title}\nkey: shared-key\n---\nMinister Rustem Umerov said so.\n`;
    const extra = [
      input('/news/z-copy.txt', twice),
      input('/news/a-copy.txt', twice),
      input('/news/y.md', declared('One')),
      input('/news/b.md', declared('Two')),
    ];
    for (const i of [...inputs, ...extra]) files.write(i.path, i.bytes);
    const log = { info: () => undefined, debug: () => undefined, warn: () => undefined };
    const engine = new SourceEngine({ files, log, indexer: { createWorker: () => new InThreadWorker(), workers: 2 } });
    try {
      const index = await engine.index();
      const fresh = new GroundworkIndex(buildCorpus([...inputs, ...extra]));
      assert.deepEqual(summary(index), summary(fresh));
      assert.ok(index.sources.filter((s) => s.errors.some((e) => e.startsWith('citation key clash'))).length === 2);
    } finally {
      engine.dispose();
    }
  });

  it('takes as long to update one source of a corpus twice the size, give or take: it does not go over every source', () => {
    assertLinear(
      'an update after one file changes',
      (n) => {
        const inputs = articles(n, 9);
        const builder = new CorpusBuilder();
        for (const i of inputs) builder.set(i);
        builder.build();
        const target = inputs[Math.floor(n / 2)];
        const edited = input(target.path, new TextDecoder().decode(target.bytes) + NEW_PERSON);
        let flip = false;
        return () => {
          flip = !flip;
          builder.set(flip ? edited : target);
          builder.build();
        };
      },
      60,
    );
  });
});
