// Profiles one checkDraft on a generated corpus:
//   npx esbuild bench/profile-check.ts --bundle --platform=node --outfile=out/bench/profile-check.js && node --cpu-prof out/bench/profile-check.js 2000
import { listFiles, writeCorpus } from './corpus-writer';
import { generateDraft } from './draft-generator';
import { GroundworkSubject } from './groundwork-subject';
import { Random } from './random';

const n = Number(process.argv[2] ?? 1000);
const files = listFiles(writeCorpus(n, 1).dir);
const subject = new GroundworkSubject();
void subject.build(files);
const rng = new Random(7 + n);
const draft = generateDraft(rng, subject.draftMaterial(rng));
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  subject.check(draft);
  console.log(`check ${i + 1}: ${(performance.now() - t).toFixed(0)} ms`);
}
