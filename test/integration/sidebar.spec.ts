import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../src/extension/extension';
import { openDraft } from './open-draft';

const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('sources sidebar', () => {
  let api: GroundworkApi;

  before(async () => {
    api = await vscode.extensions.getExtension<GroundworkApi>('groundwork.groundwork')!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('groundwork.clearFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists both seeds with title, outlet and date; a source expands to its people and their passages', async () => {
    const roots = await api.sourcesTree.getChildren();
    const items = roots.map((r) => api.sourcesTree.getTreeItem(r));
    const labels = items.map((i) => labelOf(i));
    assert.ok(labels.includes('Russian Defense Minister in North Korea for military talks'), labels.join(' | '));
    const ap = items.find((i) => String(i.description).includes('The Associated Press · 2024-11-29'));
    assert.ok(ap, 'the AP seed shows outlet and date');
    const apNode = roots[items.indexOf(ap)];
    const people = await api.sourcesTree.getChildren(apNode);
    const names = people.map((p) => labelOf(api.sourcesTree.getTreeItem(p)));
    assert.ok(names.includes('No Kwang Chol') && names.includes('Shin Wonsik'), names.join(', '));
    const no = people[names.indexOf('No Kwang Chol')];
    const passages = await api.sourcesTree.getChildren(no);
    const first = api.sourcesTree.getTreeItem(passages[0]);
    assert.match(labelOf(first), /No Kwang Chol/);
    assert.equal(first.command?.command, 'groundwork.openPassage');
  });

  it('clicking a passage opens the source with the mention selected', async () => {
    const roots = await api.peopleTree.getChildren();
    const no = roots.find((r) => api.peopleTree.getTreeItem(r).label === 'No Kwang Chol')!;
    const [mention] = await api.peopleTree.getChildren(no);
    const command = api.peopleTree.getTreeItem(mention).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'No Kwang Chol');
  });

  it('marks the sources the active draft cites', async () => {
    await openDraft('Cited [@ap-2024-11-29-belousov].\n');
    api.sourcesTree.refresh();
    const items = (await api.sourcesTree.getChildren()).map((r) => api.sourcesTree.getTreeItem(r));
    const cited = items.filter((i) => String(i.description).includes('cited'));
    assert.equal(cited.length, 1);
    assert.match(String(cited[0].description), /The Associated Press/);
  });

  it('exports the bibliography as CSL-JSON', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const target = vscode.Uri.joinPath(folder, 'refs.json');
    await api.store.reload();
    await vscode.commands.executeCommand('groundwork.exportBibliography', target);
    const items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    // The workspace also holds the sources symlinks.spec.ts looks at: only those read without error are citable.
    const readable = (await api.store.index()).sources.filter((s) => s.text !== '').map((s) => s.key);
    assert.deepEqual(items.map((i: { id: string }) => i.id).sort(), readable.sort());
    assert.ok(readable.includes('ap-2024-11-29-belousov') && readable.includes('belousov-russian-defense'));
    await vscode.workspace.fs.delete(target);
  });
});
