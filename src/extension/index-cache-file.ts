import * as vscode from 'vscode';
import type { CacheStore } from '../core/engine/host';
import { INDEX_VERSION } from '../core/index-cache';

/** The cache's file name in the extension's storage folder. */
export const CACHE_FILE = `index-cache-v${INDEX_VERSION}.jsonl`;

/** The persistent index cache: one file in the extension's storage. */
export class IndexCacheFile implements CacheStore {
  private readonly uri: vscode.Uri;

  constructor(storage: vscode.Uri) {
    this.uri = vscode.Uri.joinPath(storage, CACHE_FILE);
  }

  async read(): Promise<Uint8Array | undefined> {
    return vscode.workspace.fs.readFile(this.uri).then(undefined, () => undefined);
  }

  async write(bytes: Uint8Array): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.uri, '..'));
    await vscode.workspace.fs.writeFile(this.uri, bytes);
  }
}
