import * as vscode from 'vscode';
import { toCsl } from '../core/csl';
import { citationMetadata } from '../core/draft-metadata';
import type { Source } from '../core/types';
import { pathInWorkspace } from '../core/file-rules';
import { notificationText } from '../core/markdown-text';

/**
 * The first CSL-JSON file a draft names in its front matter (`bibliography: refs.json`, or one of
 * a list), next to the draft. Only a file inside the draft's workspace folder: one that leads out
 * of it is reported.
 */
export function bibliographyOf(doc: vscode.TextDocument): vscode.Uri | undefined {
  const name = citationMetadata(doc.getText()).bibliographies.find((b) => /\.json$/i.test(b));
  if (!name) return undefined;
  if (doc.uri.scheme === 'untitled') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  const path = folder && pathInWorkspace(folder.uri.path, doc.uri.path.replace(/\/[^/]*$/, ''), name);
  if (!path) {
    void vscode.window.showWarningMessage(
      `Groundwork: the bibliography ${notificationText(name)} is outside the workspace folder, so the citation was not added to it.`,
    );
    return undefined;
  }
  return doc.uri.with({ path });
}

/** Adds the source to the draft's CSL-JSON bibliography unless it is there; a broken file is reported, not overwritten. */
export async function addToBibliography(file: vscode.Uri, source: Source): Promise<void> {
  let items: Array<{ id?: string }> = [];
  try {
    items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Array<{ id?: string }>;
  } catch (err) {
    if (!(err instanceof vscode.FileSystemError)) {
      void vscode.window.showWarningMessage(
        `Groundwork: ${notificationText(vscode.workspace.asRelativePath(file))} is not valid CSL-JSON; the citation was inserted but the bibliography was left as it is.`,
      );
      return;
    }
  }
  if (!Array.isArray(items) || items.some((i) => i.id === source.key)) return;
  items.push(toCsl(source));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(items, null, 2) + '\n'));
}
