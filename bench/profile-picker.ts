// Times the Insert Citation picker's passage search on a generated corpus, beside the search it replaced, and compares their results:
//   npx esbuild bench/profile-picker.ts --bundle --platform=node --outfile=out/bench/profile-picker.js && node --max-old-space-size=6144 out/bench/profile-picker.js 10000 [queries]
// Needs `npm run build` (the engine's workers). The index is cached in the temp dir: a second run at the same size starts warm.
// Each query is a few words of one passage, as the bench makes them, at times with a letter missing. "Right" is how often the first
// hit (or one of ten) holds those words as they were, "origin" how often the passage they came from is among the ten: most phrases are in many passages.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { PassageIndex } from '../src/core/passage-index';
import { sortedIntersection } from '../src/core/passage-index';
import { termsOf } from '../src/core/source-terms';
import type { Passage } from '../src/core/types';
import { NodeCacheFile } from '../src/node/node-cache-file';
import { benchEngine } from './bench-engine';
import { listFiles, writeCorpus } from './corpus-writer';
import { percentile } from './measure';
import { pickerQueries } from './queries';
import { Random } from './random';

const n = Number(process.argv[2] ?? 1000);
const count = Number(process.argv[3] ?? 300);
void main();

async function main(): Promise<void> {
  const files = listFiles(writeCorpus(n, 1).dir);
  const cache = new NodeCacheFile(join(tmpdir(), `groundwork-picker-cache-${n}.jsonl`));
  const warm = existsSync(cache.path);
  const engine = benchEngine(files, cache);
  const start = performance.now();
  const index = await engine.index();
  console.log(`${n} sources: index ${warm ? 'from the cache' : 'built'} in ${(performance.now() - start).toFixed(0)} ms`);
  if (!warm) await engine.saveCache();
  engine.dispose();

  const passages = index.sources.flatMap((s) => s.passages);
  const rng = new Random(7 + n);
  const asked = Array.from({ length: count }, () => {
    const passage = rng.pick(passages);
    return { passage, query: pickerQueries(rng, [passage.text], 1)[0] };
  });
  const before = new SearchBefore(index.passageTable);
  const times = { now: [] as number[], before: [] as number[], candidates: [] as number[] };
  const found = { now: [0, 0, 0], before: [0, 0, 0] };
  let overlap = 0;
  let sameFirst = 0;
  for (const { passage, query } of asked) {
    let t = performance.now();
    const now = index.searchPassages(query, 10).map((h) => h.passage);
    times.now.push(performance.now() - t);
    t = performance.now();
    const candidates = before.candidates(query);
    times.candidates.push(performance.now() - t);
    const old = before.score(query, candidates);
    times.before.push(performance.now() - t);
    const words = phraseOf(passage.text, query);
    tally(found.now, now, passage, words);
    tally(found.before, old, passage, words);
    overlap += old.length === 0 ? (now.length === 0 ? 1 : 0) : now.filter((p) => old.includes(p)).length / Math.min(10, old.length);
    if (now[0] === old[0]) sameFirst++;
  }
  const ms = (values: number[]) => `p50 ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms`;
  const pct = (k: number) => `${((100 * k) / count).toFixed(1)}%`;
  console.log(`${count} queries over ${index.passageTable.size} passages`);
  const quality = (f: number[]) => `right first ${pct(f[0])}, in ten ${pct(f[1])}; origin in ten ${pct(f[2])}`;
  console.log(`before: ${ms(times.before)} (its candidate step alone ${ms(times.candidates)}); ${quality(found.before)}`);
  console.log(`now:    ${ms(times.now)}; ${quality(found.now)}`);
  console.log(`top ten shared with before: ${pct(overlap)}; same first hit: ${pct(sameFirst)}`);
}

function tally(found: number[], hits: Passage[], origin: Passage, words: string): void {
  const right = hits.map((p) => plain(p.text).includes(words));
  if (right[0]) found[0]++;
  if (right.includes(true)) found[1]++;
  if (hits.some((p) => p === origin || p.text === origin.text)) found[2]++;
}

/** The passage's text as queries are cut from it: single spaces, no quotes, commas or full stops. */
const plain = (text: string) =>
  text
    .split(/\s+/)
    .join(' ')
    .replace(/[.,“”"]/g, '');

/** The words of the passage the query was made from, with the letter the query may have dropped. */
function phraseOf(text: string, query: string): string {
  const whole = plain(text);
  if (whole.includes(query)) return query;
  for (let start = 0; start + query.length < whole.length; start++) {
    const slice = whole.slice(start, start + query.length + 1);
    let same = 0;
    while (same < query.length && slice[same] === query[same]) same++;
    if (slice.slice(same + 1) === query.slice(same)) return slice;
  }
  return query;
}

/** The search as it was before the candidate step was bounded: every id of every list but the commonest is weighed. */
class SearchBefore {
  private readonly postings: Map<string, number[]>;
  private readonly vocabulary: string[];

  constructor(private readonly index: PassageIndex) {
    this.postings = new Map(index.snapshot().postings.map(([term, ids]) => [term, [...ids]]));
    this.vocabulary = [...this.postings.keys()].sort();
  }

  score(query: string, candidates: Passage[]): Passage[] {
    const options = { keys: ['text'], includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 3, findAllMatches: false };
    return new Fuse(candidates, options).search(query, { limit: 10 }).map((r) => r.item);
  }

  candidates(query: string): Passage[] {
    const weights = new Map<number, number>();
    const total = this.index.ids || 1;
    const lists = [...new Set(termsOf(query))]
      .flatMap((term) => (this.postings.has(term) ? [term] : this.expand(term)))
      .map((t) => this.postings.get(t)!)
      .sort((a, b) => a.length - b.length);
    for (const list of lists) {
      const idf = Math.log(1 + total / list.length);
      const common = list.length > total / 10 && weights.size >= 150;
      if (common) {
        for (const id of sortedIntersection(
          list,
          [...weights.keys()].sort((a, b) => a - b),
        ))
          weights.set(id, weights.get(id)! + idf);
      } else {
        for (const id of list) weights.set(id, (weights.get(id) ?? 0) + idf);
      }
    }
    const ranked = [...weights].filter(([id]) => this.index.passage(id)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, 150).map(([id]) => this.index.passage(id)!);
  }

  private expand(term: string): string[] {
    const stem = term.slice(0, 3);
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.vocabulary.length && this.vocabulary[i].startsWith(stem) && out.length < 40; i++) out.push(this.vocabulary[i]);
    return out;
  }
}
