// Profiles the engine's cold build and warm start on a generated corpus:
//   npx esbuild bench/profile-engine.ts --bundle --platform=node --outfile=out/bench/profile-engine.js && node --cpu-prof out/bench/profile-engine.js 1000
import { listFiles, writeCorpus } from './corpus-writer';
import { GroundworkSubject } from './groundwork-subject';

const n = Number(process.argv[2] ?? 1000);
void main();

async function main(): Promise<void> {
  const files = listFiles(writeCorpus(n, 1).dir);
  const subject = new GroundworkSubject();
  let t = performance.now();
  await subject.build(files);
  console.log(`cold ${(performance.now() - t).toFixed(0)} ms`, JSON.stringify(subject.lastBuild?.phases));
  await subject.persist();
  // Files written a moment ago are not trusted by their stat: wait until they would be.
  await new Promise((r) => setTimeout(r, 2500));
  t = performance.now();
  await subject.warmStart(files);
  console.log(`warm ${(performance.now() - t).toFixed(0)} ms`, JSON.stringify(subject.lastBuild));
  subject.dispose();
}
