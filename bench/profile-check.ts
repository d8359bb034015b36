// Profiles one checkDraft on a generated corpus, then the same check in slices, as the editor runs it:
//   npx esbuild bench/profile-check.ts --bundle --platform=node --outfile=out/bench/profile-check.js && node --cpu-prof out/bench/profile-check.js 2000
import { listFiles, writeCorpus } from './corpus-writer';
import { generateDraft } from './draft-generator';
import { GroundworkSubject } from './groundwork-subject';
import { Random } from './random';

void main();

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1000);
  const files = listFiles(writeCorpus(n, 1).dir);
  const subject = new GroundworkSubject();
  await subject.build(files);
  const rng = new Random(7 + n);
  const draft = generateDraft(rng, subject.draftMaterial(rng));
  // First on a new index, as after every update: the slices then include building the name table.
  // The longest run between two pauses is how long typing can wait on the check.
  let longest = 0;
  let since = performance.now();
  const pause = async () => {
    longest = Math.max(longest, performance.now() - since);
    await new Promise((r) => setImmediate(r));
    since = performance.now();
  };
  for (let i = 0; i < 3; i++) await subject.checkInSlices(draft, pause);
  longest = Math.max(longest, performance.now() - since);
  console.log(`longest slice: ${longest.toFixed(0)} ms (draft ${draft.length} characters)`);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    subject.check(draft);
    console.log(`check ${i + 1}: ${(performance.now() - t).toFixed(0)} ms`);
  }
  subject.dispose();
}
