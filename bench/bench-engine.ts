import { join } from 'node:path';
import type { Log } from '../src/core/engine/host';
import type { IndexerOptions } from '../src/core/engine/indexer';
import { SourceEngine } from '../src/core/engine/source-engine';
import type { NodeCacheFile } from '../src/node/node-cache-file';
import { NodeSourceFiles } from '../src/node/node-source-files';
import { nodeWorkers } from '../src/node/worker-factory';

export const quiet: Log = { info: () => undefined, warn: () => undefined, debug: () => undefined };

/** The bundled worker script, from a bench script bundled into out/bench/. */
export const benchWorkers = (): IndexerOptions => nodeWorkers(join(__dirname, '..', '..', 'dist', 'index-worker.js'));

/** The product's engine over a fixed list of files, as the bench and the profile scripts run it: the cache is written only when asked. */
export function benchEngine(files: string[], cache: NodeCacheFile, log: Log = quiet, indexer: IndexerOptions = benchWorkers()): SourceEngine {
  return new SourceEngine({ files: new NodeSourceFiles(() => Promise.resolve(files)), log, cache, indexer, saveCacheAfterMs: 3_600_000 });
}
