import * as vscode from 'vscode';
import { isInside, LINK_OUTSIDE, mayRead, type ReadVerdict } from '../core/file-rules';
import { factsOfStat } from './file-facts';

/** The real path of a local file, symlinks resolved; only the Node host can ask. */
export type RealPath = (fsPath: string) => Promise<string>;

export const LINK_UNSEEN = 'a symbolic link, and the web host cannot see where it leads; skipped';

/**
 * Whether a workspace file may be read. VS Code's file search and `fs.stat` follow symlinks, so
 * a file can sit in a linked folder outside the workspace: with `realPath` (Node) its real path
 * must stay inside its workspace folder's; without it (web), no symlink on its way is followed.
 * Files under `trusted` (the bundled seeds) are the extension's own.
 */
export class WorkspaceFileGuard {
  private readonly linked = new Map<string, Promise<boolean>>();

  constructor(
    private readonly trusted: vscode.Uri,
    private readonly realPath?: RealPath,
  ) {}

  async verdict(uri: vscode.Uri, maxBytes: number, what: 'source' | 'bibliography'): Promise<ReadVerdict> {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!isInside(this.trusted.path, uri.path)) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return { read: false, reason: LINK_OUTSIDE };
      if (this.realPath && uri.scheme === 'file') {
        const [root, real] = await Promise.all([this.realPath(folder.uri.fsPath), this.realPath(uri.fsPath)]);
        if (!isInside(root, real)) return { read: false, reason: LINK_OUTSIDE };
      } else if (stat.type & vscode.FileType.SymbolicLink || (await this.throughLink(folder.uri, uri))) {
        return { read: false, reason: LINK_UNSEEN };
      }
    }
    return mayRead(factsOfStat(stat), maxBytes, what);
  }

  /** Whether a folder between `root` and `uri` is a symlink; each folder is asked once. */
  private async throughLink(root: vscode.Uri, uri: vscode.Uri): Promise<boolean> {
    for (let dir = parent(uri); dir.path.length > root.path.length && isInside(root.path, dir.path); dir = parent(dir)) {
      const key = dir.toString();
      let answer = this.linked.get(key);
      if (!answer) {
        answer = Promise.resolve(vscode.workspace.fs.stat(dir)).then(
          (st) => (st.type & vscode.FileType.SymbolicLink) !== 0,
          () => true,
        );
        this.linked.set(key, answer);
      }
      if (await answer) return true;
    }
    return false;
  }

  /** A folder may be replaced by a link at any time: forget what was asked. */
  forget(): void {
    this.linked.clear();
  }
}

const parent = (uri: vscode.Uri) => vscode.Uri.joinPath(uri, '..');
