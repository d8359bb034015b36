import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../src/extension/extension';
import { eventually, hoverText } from './wait';
import { ZOTERO_BIB, ZOTERO_CSL } from './zotero-exports';

const EXTENSION_ID = 'groundwork.groundwork';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

describe('bibliography files in the workspace (Zotero, Better BibTeX)', () => {
  let api: GroundworkApi;
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const bib = () => vscode.Uri.joinPath(folder(), 'zotero.bib');
  const csl = () => vscode.Uri.joinPath(folder(), 'refs', 'zotero.json');
  // JSON that is not CSL-JSON: a list of objects with ids but no CSL type.
  const other = () => vscode.Uri.joinPath(folder(), 'refs', 'tasks.json');

  before(async () => {
    api = await vscode.extensions.getExtension<GroundworkApi>(EXTENSION_ID)!.activate();
    await write(other(), JSON.stringify([{ id: 'not-a-reference', label: 'build' }]));
    await write(bib(), ZOTERO_BIB);
    await write(csl(), ZOTERO_CSL);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(bib());
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'refs'), { recursive: true });
  });

  it('knows the keys of .bib and CSL-JSON files, with the sources’ keys, and not those of other JSON', async () => {
    const keys = await eventually(async () => {
      const known = await api.library.knownCitationKeys();
      return known.has('kim2024shoigu') && known.has('lee2023summit') ? known : undefined;
    }, 'the bibliography files to be read');
    assert.ok(keys.has('ap-2024-11-29-belousov'));
    assert.ok(keys.has('belousov-russian-defense'));
    assert.ok(!keys.has('not-a-reference'));
  });

  it('completes a bibliography key after [@, matching its title and author', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'As reported [@' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, doc.lineAt(0).range.end, '@');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'kim2024shoigu');
    assert.ok(item, list.items.map((i) => JSON.stringify(i.label)).join(', '));
    assert.match(item.filterText ?? '', /Shoigu Visits Pyongyang Again/);
    assert.match(item.filterText ?? '', /Tong-Hyung Kim/);
    assert.equal(item.detail, 'Tong-Hyung Kim, The Associated Press, 2024-09-13');
    assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'lee2023summit'));
  });

  it('hover on a bibliography key shows the entry and the file it comes from', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Shoigu came first [@kim2024shoigu].\n' });
    await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('@kim') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    assert.match(text, /\*\*Shoigu Visits Pyongyang Again\*\*/);
    assert.match(text, /Tong\\-Hyung Kim · The Associated Press · 2024\\-09\\-13/);
    assert.match(text, /from zotero\\\.bib\\:1/);
  });

  it('an edited .bib updates the known keys; a broken entry is reported and the rest still count', async () => {
    await write(bib(), `${ZOTERO_BIB}\n@online{park2024,\n  title = {Unclosed {brace,\n}\n\n@book{choe2022, title = {Inside Pyongyang}, year = 2022}\n`);
    const keys = await eventually(async () => {
      const known = await api.library.knownCitationKeys();
      return known.has('choe2022') ? known : undefined;
    }, 'the edited .bib to be read again');
    assert.ok(keys.has('kim2024shoigu'));
    assert.ok(!keys.has('park2024'));
  });

  it('exports the sources as BibTeX and RIS through the command, keeping the keys', async () => {
    const target = vscode.Uri.joinPath(folder(), 'exported.bib');
    const ris = vscode.Uri.joinPath(folder(), 'exported.ris');
    try {
      await vscode.commands.executeCommand('groundwork.exportBibliography', target);
      const bibtex = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(bibtex, /^@article\{ap-2024-11-29-belousov,$/m);
      assert.match(bibtex, /journal = \{The Associated Press\}/);
      await vscode.commands.executeCommand('groundwork.exportBibliography', ris, 'ris');
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(ris)), /^ID {2}- ap-2024-11-29-belousov$/m);
    } finally {
      await vscode.workspace.fs.delete(target);
      await vscode.workspace.fs.delete(ris);
    }
  });
});
