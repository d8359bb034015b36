// Times the fuse.js baseline's cold build on the profile corpus, for comparison with profile-engine:
//   npx esbuild bench/profile-baseline.ts --bundle --platform=node --outfile=out/bench/profile-baseline.js && node out/bench/profile-baseline.js 10000
import { BaselineSubject } from './baseline-subject';
import { listFiles, writeCorpus } from './corpus-writer';

const n = Number(process.argv[2] ?? 1000);
const files = listFiles(writeCorpus(n, 1).dir);
const t = performance.now();
new BaselineSubject().build(files);
console.log(`baseline cold ${(performance.now() - t).toFixed(0)} ms`);
