import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BadFiles {
  dir: string;
  /** Paths as a listing would give them (the deleted one included). */
  files: string[];
  /** Files root can still read (chmod 000 does not stop root). */
  readableByRoot: string[];
}

const KINDS = ['empty', 'binary', 'latin1', 'front-matter', 'unreadable', 'loop', 'deleted', 'whitespace'] as const;

/** `count` bad files of every kind (one of them a 50 MB text file) in a fresh folder. */
export function writeBadFiles(count: number): BadFiles {
  const dir = join(tmpdir(), `groundwork-bench-bad-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const readableByRoot: string[] = [];
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'All work and no play makes a dull wire story. '));
  files.push(huge);
  for (let i = 1; i < count; i++) {
    const kind = KINDS[i % KINDS.length];
    const file = join(dir, `${kind}-${i}.${kind === 'front-matter' ? 'md' : 'txt'}`);
    if (kind === 'empty') writeFileSync(file, '');
    if (kind === 'whitespace') writeFileSync(file, '\n  \n\t\n');
    if (kind === 'binary') writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    if (kind === 'latin1') writeFileSync(file, Buffer.from('MADRID (AP) — El ministro Jos\xe9 Ib\xe1\xf1ez dijo que s\xed.\n', 'latin1'));
    if (kind === 'front-matter') writeFileSync(file, '---\ntitle: "unclosed\ndate: [2024\n---\nFinance Minister Odile Varga said prices rose.\n');
    if (kind === 'unreadable') {
      writeFileSync(file, 'Energy Minister Tamsin Orrell said the grid held.\n');
      chmodSync(file, 0o000);
      readableByRoot.push(file);
    }
    if (kind === 'loop') {
      symlinkSync(`${file}.other`, file);
      symlinkSync(file, `${file}.other`);
    }
    // 'deleted': listed, never there when read (a file deleted while indexing).
    files.push(file);
  }
  return { dir, files, readableByRoot };
}

export function removeBadFiles(bad: BadFiles): void {
  for (const f of bad.readableByRoot) chmodSync(f, 0o644);
  rmSync(bad.dir, { recursive: true, force: true });
}
