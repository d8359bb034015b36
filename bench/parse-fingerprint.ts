// One hash of every record the per-source parse gives (recordOf, then encodeRecord), to show a speed-up changes no output:
//   npx esbuild bench/parse-fingerprint.ts --bundle --platform=node --outfile=out/bench/parse-fingerprint.js && node out/bench/parse-fingerprint.js [per-file hashes out]
// Inputs: the first 3,000 generated bench sources, the people eval and held-back docs, and the seeds.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { recordOf } from '../src/core/corpus-builder';
import { encodeRecord } from '../src/core/engine/record-codec';
import { listFiles, writeCorpus } from './corpus-writer';

const DIRS = ['/work/shared/eval/people-dev/docs', 'test/fixtures/people-heldout/docs', 'test/fixtures/people-heldout2/docs', 'seeds'];
const perFileOut = process.argv[2] ?? 'out/parse-fingerprint.txt';

const files = [...listFiles(writeCorpus(10000, 1).dir).slice(0, 3000), ...DIRS.flatMap((dir) => listFiles(dir))];
const whole = createHash('sha256');
const lines: string[] = [];
for (const path of files) {
  const name = relative(process.cwd(), path);
  const json = JSON.stringify(encodeRecord(recordOf({ path: name, bytes: new Uint8Array(readFileSync(path)) })));
  whole.update(json);
  lines.push(`${createHash('sha256').update(json).digest('hex')} ${name}`);
}
writeFileSync(perFileOut, lines.join('\n') + '\n');
console.log(`${files.length} files ${whole.digest('hex')}`);
