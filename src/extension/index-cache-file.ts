import * as vscode from 'vscode';
import type { SourceRecord } from '../core/corpus-builder';
import { INDEX_VERSION, readCache, writeCache } from '../core/index-cache';

/** The persistent index cache: one JSON file in the extension's storage, records keyed by content hash. */
export class IndexCacheFile {
  private readonly uri: vscode.Uri;

  constructor(storage: vscode.Uri) {
    this.uri = vscode.Uri.joinPath(storage, `index-cache-v${INDEX_VERSION}.json`);
  }

  async read(): Promise<Map<string, SourceRecord>> {
    try {
      return readCache(await vscode.workspace.fs.readFile(this.uri));
    } catch {
      return new Map();
    }
  }

  async write(records: Map<string, SourceRecord>): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.uri, '..'));
    await vscode.workspace.fs.writeFile(this.uri, writeCache(records));
  }
}
