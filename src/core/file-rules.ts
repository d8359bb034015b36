/**
 * What Groundwork may read: regular files inside the folders it was given, no larger than a cap.
 * Pure rules over a stat, for the CLI (Node's fs) and the editor (vscode.workspace.fs) alike.
 */

/** Sources: wire copy, clippings and saved pages. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** Bibliographies: a Zotero library export is larger than any one article. */
export const MAX_BIBLIOGRAPHY_BYTES = 20 * 1024 * 1024;

/**
 * Per-source work: at most this much text (about 1.3 s of parsing and names on one core) is indexed,
 * so that no single file holds an indexing thread, which in the web host is the editor's own.
 */
export const MAX_INDEXED_TEXT = 1_000_000;

export type FileKind = 'file' | 'directory' | 'symlink' | 'other';

export interface FileFacts {
  kind: FileKind;
  size: number;
}

export const LINK_OUTSIDE = 'a symbolic link that leads outside the folders being read; skipped';
export const NOT_REGULAR = 'not a regular file (a pipe, device or socket); skipped';

export type ReadVerdict = { read: true } | { read: false; reason: string };

/** Whether a file may be read, from its stat, before a byte of it is: `what` names it in the reason. */
export function mayRead(facts: FileFacts, maxBytes: number, what: 'source' | 'bibliography'): ReadVerdict {
  if (facts.kind === 'symlink') return { read: false, reason: LINK_OUTSIDE };
  if (facts.kind === 'directory') return { read: false, reason: 'a folder, not a file' };
  if (facts.kind === 'other') return { read: false, reason: NOT_REGULAR };
  if (facts.size > maxBytes) return { read: false, reason: tooLarge(facts.size, maxBytes, what) };
  return { read: true };
}

export function tooLarge(size: number, maxBytes: number, what: 'source' | 'bibliography'): string {
  return `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for a ${what}`;
}

export function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** `/`-separated and without `.` segments or a trailing slash; `..` is resolved, never above the root. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `${absolute ? '/' : ''}${parts.join('/')}`;
}

/** True when `path` is `root` or inside it, after `..` is resolved in both. */
export function isInside(root: string, path: string): boolean {
  const r = normalizePath(root);
  const p = normalizePath(path);
  return p === r || p.startsWith(r.endsWith('/') ? r : `${r}/`);
}

/**
 * A file a draft names (`bibliography: refs.json`) resolved against the draft's folder, or
 * undefined when it would leave the workspace folder: Groundwork writes only inside it.
 */
export function pathInWorkspace(workspaceRoot: string, draftFolder: string, name: string): string | undefined {
  if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name) || name.includes('\0')) return undefined;
  const resolved = normalizePath(`${draftFolder}/${name}`);
  return isInside(workspaceRoot, resolved) ? resolved : undefined;
}
