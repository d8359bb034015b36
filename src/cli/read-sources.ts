import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isInside, LINK_OUTSIDE, mayRead, MAX_SOURCE_BYTES, type FileFacts } from '../core/file-rules';

const SOURCE_FILE = /\.(?:txt|md|markdown|html?)$/i;

export interface ListResult {
  /** Source files to read, as given or found; `real` is where each really is. */
  files: Array<{ path: string; real: string }>;
  problems: string[];
}

export function factsOf(stat: Stats): FileFacts {
  const kind = stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
  return { kind, size: stat.size };
}

/**
 * The source files in files and folders (recursively); paths that may not be read become
 * problems, not failures. Only regular files are listed; a symlink is followed only when it stays
 * inside the folders given, and no file over the cap.
 */
export function listSources(paths: string[], maxBytes = MAX_SOURCE_BYTES): ListResult {
  const files: ListResult['files'] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const roots: string[] = [];
  for (const p of paths) {
    try {
      roots.push(realpathSync(p));
    } catch {
      // Reported when visited.
    }
  }
  const visit = (path: string, explicit: boolean) => {
    let real: string;
    let stat: Stats;
    try {
      stat = lstatSync(path);
      // Files and folders are known by their real path: a symlink back up the tree (`sub/up -> ..`) is not walked twice.
      real = realpathSync(path);
      if (stat.isSymbolicLink()) {
        if (!explicit && !roots.some((root) => isInside(root, real))) {
          problems.push(`${path}: ${LINK_OUTSIDE}`);
          return;
        }
        stat = lstatSync(real);
      }
    } catch (err) {
      problems.push(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
      return;
    }
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
    const verdict = mayRead(factsOf(stat), maxBytes, 'source');
    if (!verdict.read) {
      problems.push(`${path}: ${verdict.reason}`);
      return;
    }
    files.push({ path, real });
  };
  for (const p of paths) visit(p, true);
  return { files, problems };
}
