import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, type Corpus } from '../../src/core/corpus';
import type { SourceInput } from '../../src/core/types';

export const SEEDS = join(process.cwd(), 'seeds');
export const WIRE = join(SEEDS, '000_0db20f55f2d5246f.txt');
export const AP = join(SEEDS, '004_e5d367c5a54493c2.txt');

export function seedInputs(): SourceInput[] {
  return readdirSync(SEEDS)
    .sort()
    .map((f) => ({ path: join(SEEDS, f), bytes: readFileSync(join(SEEDS, f)) }));
}

let cached: Corpus | undefined;
export function seedCorpus(): Corpus {
  return (cached ??= buildCorpus(seedInputs()));
}

export function input(path: string, text: string | Uint8Array): SourceInput {
  return { path, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text };
}
