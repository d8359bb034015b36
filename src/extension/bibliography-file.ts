import * as vscode from 'vscode';
import { toCsl } from '../core/csl';
import { citationMetadata } from '../core/draft-metadata';
import type { Source } from '../core/types';
import { notificationText } from '../core/markdown-text';

/** The first CSL-JSON file a draft names in its front matter (`bibliography: refs.json` or a list), next to the draft. */
export function bibliographyOf(doc: vscode.TextDocument): vscode.Uri | undefined {
  const name = citationMetadata(doc.getText()).bibliographies.find((b) => /\.json$/i.test(b));
  if (!name) return undefined;
  if (doc.uri.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(doc.uri, '..', name);
}

/** Adds the source to the draft's CSL-JSON bibliography unless it is there; a broken file is reported, not overwritten. */
export async function addToBibliography(file: vscode.Uri, source: Source): Promise<void> {
  let items: Array<{ id?: string }> = [];
  try {
    items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  } catch (err) {
    if (!(err instanceof vscode.FileSystemError)) {
      void vscode.window.showWarningMessage(`Groundwork: ${notificationText(vscode.workspace.asRelativePath(file))} is not valid CSL-JSON; the citation was inserted but the bibliography was left as it is.`);
      return;
    }
  }
  if (!Array.isArray(items) || items.some((i) => i.id === source.key)) return;
  items.push(toCsl(source));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(items, null, 2) + '\n'));
}
