import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInput } from '../core/types';

const SOURCE_FILE = /\.(?:txt|md|markdown|html?)$/i;

export interface ReadResult {
  inputs: SourceInput[];
  problems: string[];
}

/** Reads source files from files and folders (recursively); unreadable paths become problems, not failures. */
export function readSources(paths: string[]): ReadResult {
  const inputs: SourceInput[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      problems.push(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
      return;
    }
    // Files and folders are known by their real path: a symlink back up the tree (`sub/up -> ..`) is not walked twice.
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (err) {
        problems.push(`${path}: ${(err as Error).message}`);
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry), false);
      return;
    }
    if (!explicit && !SOURCE_FILE.test(path)) return;
    try {
      inputs.push({ path, bytes: readFileSync(path) });
    } catch (err) {
      problems.push(`${path}: ${(err as Error).message}`);
    }
  };
  for (const p of paths) visit(p, true);
  return { inputs, problems };
}
