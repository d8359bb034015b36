// The extension's entry in the Node extension host: indexing runs on worker_threads.
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { NodeCacheFile } from '../node/node-cache-file';
import { nodeWorkers } from '../node/worker-factory';
import { activateShared, type GroundworkApi } from './extension';
import { CACHE_FILE, IndexCacheFile } from './index-cache-file';

export function activate(context: vscode.ExtensionContext): GroundworkApi {
  return activateShared(context, nodeWorkers(vscode.Uri.joinPath(context.extensionUri, 'dist', 'index-worker.js').fsPath), realpath, (storage) =>
    storage.scheme === 'file' ? new NodeCacheFile(join(storage.fsPath, CACHE_FILE)) : new IndexCacheFile(storage),
  );
}

export function deactivate(): void {}
