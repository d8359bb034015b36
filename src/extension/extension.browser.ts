// The extension's entry in the web worker extension host: no worker threads, so indexing runs in the host's own thread in slices.
import type * as vscode from 'vscode';
import { activateShared, type GroundworkApi } from './extension';

export function activate(context: vscode.ExtensionContext): GroundworkApi {
  return activateShared(context, {});
}

export function deactivate(): void {}
