import { join } from 'node:path';
import type { SourceFiles } from '../core/engine/host';
import { SourceEngine } from '../core/engine/source-engine';
import { MAX_SOURCE_BYTES } from '../core/file-rules';
import type { GroundworkIndex } from '../core/groundwork-index';
import { NodeSourceFiles } from '../node/node-source-files';
import { nodeWorkers } from '../node/worker-factory';
import { readCapped } from '../node/read-capped';
import { listSources } from './read-sources';

/** Below this many files, starting the workers (about a second each to load) costs more than they save. */
const WORKERS_FROM = 500;

/**
 * The index of the sources under `paths`, built by the engine the editor runs (its workers, its
 * per-file errors). Each problem goes to `warn` once: paths that may not be read, then sources
 * that could not be indexed.
 */
export async function indexSources(paths: string[], warn: (message: string) => void): Promise<GroundworkIndex> {
  const { files, problems } = listSources(paths);
  for (const p of problems) warn(p);
  const engine = new SourceEngine({
    files: cliFiles(files),
    log: { info: () => undefined, debug: () => undefined, warn },
    indexer: files.length >= WORKERS_FROM ? nodeWorkers(join(__dirname, 'index-worker.js')) : undefined,
  });
  try {
    return await engine.index();
  } finally {
    engine.dispose();
  }
}

/** The files listed, read and stat'ed where they really are, no further than the cap; nothing is watched. */
function cliFiles(files: Array<{ path: string; real: string }>): SourceFiles {
  const real = new Map(files.map((f) => [f.path, f.real]));
  const node = new NodeSourceFiles(() => Promise.resolve(files.map((f) => f.path)));
  return {
    list: () => node.list(),
    read: (path) => Promise.resolve(readCapped(real.get(path) ?? path, MAX_SOURCE_BYTES)),
    stat: (path) => node.stat(real.get(path) ?? path),
    watch: (changed) => node.watch(changed),
  };
}
