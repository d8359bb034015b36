import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'groundwork.groundwork';

describe('activation', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not loaded`);
    extension = found;
    await extension.activate();
  });

  it('activates the extension', () => {
    assert.equal(extension.isActive, true);
  });

  it('opens the demo workspace, which has draft.md', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    assert.equal(stat.type, vscode.FileType.File);
  });

  it('opens draft.md as Markdown', async () => {
    const [uri] = await vscode.workspace.findFiles('draft.md');
    assert.ok(uri, 'draft.md not found');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /No Kwang Chol/);
  });
});
