import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticle, type ArticleFormat } from './article-generator';
import { makeRoster, type RosterPerson } from './people-roster';
import { Random } from './random';

export interface GeneratedCorpus {
  dir: string;
  files: string[];
  roster: RosterPerson[];
}

/** Roughly one distinct person per two articles, never fewer than 2,000. */
export const rosterSize = (n: number) => Math.max(2000, Math.round(n / 2));

/** Writes `n` articles (70% .txt, 20% .md, 10% .html) in folders of 1,000 under the temp dir; reused when already written. */
export function writeCorpus(n: number, seed: number): GeneratedCorpus {
  const dir = join(tmpdir(), `groundwork-bench-${n}-${seed}`);
  const roster = makeRoster(rosterSize(n));
  const files = Array.from({ length: n }, (_, i) =>
    join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`, `article-${String(i).padStart(6, '0')}.${formatOf(i)}`),
  );
  if (existsSync(join(dir, '.complete'))) return { dir, files, roster };
  rmSync(dir, { recursive: true, force: true });
  const rng = new Random(seed);
  files.forEach((file, i) => {
    if (i % 1000 === 0) mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, generateArticle(rng, roster, formatOf(i)));
  });
  writeFileSync(join(dir, '.complete'), `${n}\n`);
  return { dir, files, roster };
}

function formatOf(i: number): ArticleFormat {
  const r = (i * 7919) % 10;
  return r < 7 ? 'txt' : r < 9 ? 'md' : 'html';
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !p.endsWith('.complete'))
    .sort();
}
