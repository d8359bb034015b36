import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDraft } from './open-draft';
import { eventually, hoverText } from './wait';

const EXTENSION_ID = 'groundwork.groundwork';

function positionOf(doc: vscode.TextDocument, needle: string, offset = 1): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in the draft: ${JSON.stringify(doc.getText())} ${doc.uri.toString()}`);
  return doc.positionAt(at + offset);
}

describe('editor features in a real extension host', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hover on No Kwang Chol shows the role, counts and a quote with outlet', async () => {
    const editor = await openDraft('Belousov met No Kwang Chol in Pyongyang.\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'No Kwang Chol', 4),
    );
    const text = hoverText(hovers);
    assert.match(text, /\*\*No Kwang Chol\*\* — North Korean Defense Minister/);
    assert.match(text, /4 mentions in 2 sources/);
    assert.match(text, /No Kwang Chol/);
    assert.match(text, /The Associated Press/);
    assert.match(text, /command:groundwork\.openPassage\?/);
    assert.match(text, /command:groundwork\.insertCitation\?/);
    const range = hovers.find((h) => h.range)?.range;
    assert.equal(editor.document.getText(range), 'No Kwang Chol');
  });

  it('hover on a surname and on a spelling variant finds the same person', async () => {
    const editor = await openDraft('Belousov, also written Andrey Belousov, spoke.\n');
    for (const needle of ['Belousov,', 'Andrey Belousov']) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        editor.document.uri,
        positionOf(editor.document, needle, 2),
      );
      assert.match(hoverText(hovers), /\*\*Andrei Belousov\*\* — Russian Defense Minister/);
    }
  });

  it('hover on a citation shows the cited source', async () => {
    const editor = await openDraft('He arrived on Friday [@ap-2024-11-29-belousov].\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, '@ap-2024', 3),
    );
    const text = hoverText(hovers);
    assert.match(text, /The Associated Press · 2024\\-11\\-29/);
    assert.match(text, /Russian Defense Minister Andrei Belousov arrived in North Korea/);
  });

  it('completes No Kw to No Kwang Chol with the role as detail, and documentation on resolve', async () => {
    const editor = await openDraft('Talks with No Kw');
    const end = editor.document.lineAt(0).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end, undefined, 10);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'No Kwang Chol');
    assert.ok(item, `no No Kwang Chol in ${list.items.map((i) => JSON.stringify(i.label)).join(', ')}`);
    assert.equal(item.detail, 'North Korean Defense Minister');
    const doc = item.documentation;
    const docText = typeof doc === 'string' ? doc : (doc?.value ?? '');
    assert.match(docText, /mentions in 2 sources/);
  });

  it('completes citation keys after [@, matching titles and outlets too', async () => {
    const editor = await openDraft('As reported [@');
    const end = editor.document.lineAt(0).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end, '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('ap-2024-11-29-belousov'), labels.join(', '));
    const ap = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'ap-2024-11-29-belousov')!;
    assert.match(ap.filterText ?? '', /The Associated Press/);
    assert.match(ap.filterText ?? '', /2024-11-29/);
  });

  it('inserts a Pandoc citation at the cursor, and one undo restores the draft', async () => {
    const original = 'Belousov arrived on Friday.\n\nMore text.\n';
    const editor = await openDraft(original);
    const at = editor.document.positionAt(original.indexOf('.'));
    editor.selection = new vscode.Selection(at, at);
    const ok = await vscode.commands.executeCommand('groundwork.insertCitation', { key: 'ap-2024-11-29-belousov', style: 'pandoc' });
    assert.equal(ok, true);
    assert.equal(editor.document.getText(), 'Belousov arrived on Friday [@ap-2024-11-29-belousov].\n\nMore text.\n'.replace(' [@', '[@'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('inserts a footnote citation with its definition, reuses the definition, and one undo restores', async () => {
    const original = 'Belousov arrived on Friday.\n';
    const editor = await openDraft(original);
    const at = editor.document.positionAt(original.indexOf('.'));
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('groundwork.insertCitation', { key: 'ap-2024-11-29-belousov', style: 'footnote' });
    const expected =
      'Belousov arrived on Friday[^ap-2024-11-29-belousov].\n\n[^ap-2024-11-29-belousov]: Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…. The Associated Press, 2024-11-29.\n';
    assert.equal(editor.document.getText(), expected);
    editor.selection = new vscode.Selection(editor.document.lineAt(0).range.end, editor.document.lineAt(0).range.end);
    await vscode.commands.executeCommand('groundwork.insertCitation', { key: 'ap-2024-11-29-belousov', style: 'footnote' });
    assert.equal(editor.document.getText().match(/^\[\^ap-2024-11-29-belousov\]:/gm)?.length, 1, 'the definition is reused');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), expected);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('adds the cited source to the CSL-JSON bibliography the draft names, once', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const draft = vscode.Uri.joinPath(folder, 'bib-draft.md');
    const refs = vscode.Uri.joinPath(folder, 'bib-refs.json');
    await vscode.workspace.fs.writeFile(refs, new TextEncoder().encode('[{"id": "existing", "type": "book", "title": "Kept"}]\n'));
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('---\nbibliography: bib-refs.json\n---\n\nBelousov arrived.\n'));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
      const end = editor.document.lineAt(4).range.end;
      for (let i = 0; i < 2; i++) {
        editor.selection = new vscode.Selection(end, end);
        await vscode.commands.executeCommand('groundwork.insertCitation', { key: 'ap-2024-11-29-belousov', style: 'pandoc' });
      }
      const items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(refs)));
      assert.deepEqual(
        items.map((i: { id: string }) => i.id),
        ['existing', 'ap-2024-11-29-belousov'],
      );
      assert.equal(items[1]['container-title'], 'The Associated Press');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(draft);
      await vscode.workspace.fs.delete(refs);
    }
  });

  it('go to definition on a name opens its first mention; references list every mention', async () => {
    const editor = await openDraft('No Kwang Chol spoke.\n');
    const pos = positionOf(editor.document, 'Kwang');
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', editor.document.uri, pos);
    assert.equal(defs.length, 1);
    const target = await vscode.workspace.openTextDocument(defs[0].uri);
    assert.equal(target.getText(defs[0].range), 'No Kwang Chol');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, pos);
    assert.equal(refs.length, 4);
  });

  it('a source added to the workspace makes its people hoverable without a reload', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, 'sources', 'added-source.md');
    await vscode.workspace.fs.writeFile(
      file,
      new TextEncoder().encode(
        '---\ntitle: New envoy\noutlet: Test Wire\ndate: 2024-12-02\n---\n\nRussian Deputy Foreign Minister Olga Petrenkova said the visit was a success.\n',
      ),
    );
    try {
      const editor = await openDraft('Olga Petrenkova commented.\n');
      const text = await eventually(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          editor.document.uri,
          positionOf(editor.document, 'Olga', 2),
        );
        const t = hoverText(hovers);
        return /Petrenkova/.test(t) ? t : undefined;
      }, 'the new source to be indexed');
      assert.match(text, /Russian Deputy Foreign Minister/);
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('keeps injection text in a source inert in the hover card', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, 'sources', 'hostile.md');
    const hostile =
      '---\ntitle: Hostile <img src=x onerror=alert(1)>\n---\n\nPolice Chief Marta Quillon said [click](command:workbench.action.terminal.new) and <script>alert(1)</script> to reporters.\n';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(hostile));
    try {
      const editor = await openDraft('Marta Quillon\n');
      const text = await eventually(async () => {
        const t = hoverText(
          await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 2)),
        );
        return /Quillon/.test(t) ? t : undefined;
      }, 'the hostile source to be indexed');
      assert.ok(!text.includes('](command:workbench'), 'a foreign command link survived');
      assert.ok(!text.includes('<script>'), 'raw HTML survived');
      assert.match(text, /\\\[click\\\]\\\(command\\:workbench/);
      const hover = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 2)))[0];
      const md = hover.contents[0] as vscode.MarkdownString;
      assert.deepEqual(md.isTrusted, { enabledCommands: ['groundwork.openPassage', 'groundwork.insertCitation'] });
      assert.equal(md.supportHtml, false);
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });
});
