import * as vscode from 'vscode';

let drafts = 0;

/**
 * Opens Markdown text in a new untitled editor under a name of its own (the time too, as each
 * spec bundle has its own counter). `openTextDocument({ content })` names every draft
 * Untitled-1 once the last one is closed, and the workbench fills a new untitled document from
 * a backup under its name if one is left, before its given text: the closed draft's backup,
 * discarded asynchronously, now and then won, in the web worker host most (4 runs in 20).
 */
export async function openDraft(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `draft-${Date.now()}-${++drafts}.md` }));
  const editor = await vscode.window.showTextDocument(doc);
  if (!(await editor.edit((e) => e.insert(new vscode.Position(0, 0), text)))) throw new Error('could not write the draft');
  return editor;
}
