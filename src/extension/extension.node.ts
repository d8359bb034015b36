// The extension's entry in the Node extension host: indexing runs on worker_threads.
import { realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import { nodeWorkers } from '../node/worker-factory';
import { activateShared, type GroundworkApi } from './extension';

export function activate(context: vscode.ExtensionContext): GroundworkApi {
  return activateShared(context, nodeWorkers(vscode.Uri.joinPath(context.extensionUri, 'dist', 'index-worker.js').fsPath), realpath);
}

export function deactivate(): void {}
