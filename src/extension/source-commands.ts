import * as vscode from 'vscode';
import { toCsl } from '../core/csl';
import type { SourceStore } from './source-store';

/** Opens a source file with a passage (`key#n`) or a mention range selected. */
export async function openPassage(store: SourceStore, passageId: string, range?: { start: number; end: number }): Promise<void> {
  const index = await store.index();
  const key = passageId.replace(/#\d+$/, '');
  const source = index.source(key);
  if (!source) {
    void vscode.window.showErrorMessage(`Groundwork: no source with key ${key}`);
    return;
  }
  const passage = source.passages.find((p) => p.id === passageId) ?? source.passages[0];
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(source.path));
  const from = range?.start ?? passage?.start ?? 0;
  const to = range?.end ?? passage?.end ?? 0;
  const selection = new vscode.Selection(doc.positionAt(from), doc.positionAt(to));
  await vscode.window.showTextDocument(doc, { selection, preview: true });
}

/** Writes every readable source as CSL-JSON to a file the user picks. */
export async function exportBibliography(store: SourceStore, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const index = await store.index();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, 'references.json'), filters: { 'CSL-JSON': ['json'] } }));
  if (!uri) return undefined;
  const items = index.sources.filter((s) => s.passages.length > 0).map(toCsl);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(items, null, 2) + '\n'));
  void vscode.window.showInformationMessage(`Groundwork: wrote ${items.length} references to ${vscode.workspace.asRelativePath(uri)}`);
  return uri;
}
