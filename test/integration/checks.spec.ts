import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../src/extension/extension';
import { openDraft } from './open-draft';
import { eventually } from './wait';

const EXTENSION_ID = 'groundwork.groundwork';
const folder = () => vscode.workspace.workspaceFolders![0].uri;

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Groundwork');
const codes = (uri: vscode.Uri) => ours(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));

/** Diagnostics once they describe the document's current text. */
async function diagnosticsFor(api: GroundworkApi, doc: vscode.TextDocument, what: (d: vscode.Diagnostic[]) => boolean, label: string) {
  let last = '';
  try {
    return await eventually(
      () => {
        const d = ours(doc.uri);
        last = `diagnostics ${JSON.stringify(d.map((x) => x.code))}, findings ${JSON.stringify(api.checker.findings(doc).map((f) => f.rule))}, version ${doc.version}`;
        return api.checker.findings(doc).length === d.length && what(d) ? d : undefined;
      },
      label,
      20000,
    );
  } catch (err) {
    throw new Error(`${(err as Error).message}; last seen: ${last}`, { cause: err });
  }
}

async function fixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    d.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions;
}

describe('grounding checks in a real extension host', () => {
  let api: GroundworkApi;

  before(async () => {
    api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as GroundworkApi;
  });

  // Edited drafts are reverted as they close, so no later test is handed a dirty untitled document.
  afterEach(async () => {
    for (let i = 0; i < 10 && vscode.window.visibleTextEditors.length > 0; i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('flags every planted error in the demo draft, with the source words as related information', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'fact-check.md'));
    await vscode.window.showTextDocument(doc);
    const diagnostics = await diagnosticsFor(api, doc, (d) => d.length === 10, 'ten diagnostics on fact-check.md');
    assert.deepEqual(codes(doc.uri).sort(), [
      'misquote',
      'misspelled-name',
      'misspelled-name',
      'misspelled-name',
      'quote-not-found',
      'uncited-claim',
      'uncited-claim',
      'unknown-citation',
      'unknown-citation',
      'wrong-speaker',
    ]);
    const misquote = diagnostics.find((d) => d.code === 'misquote')!;
    assert.equal(misquote.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(misquote.range), 'Complete support and solidarity with the\nheroic Russian army and people');
    const [related] = misquote.relatedInformation!;
    const source = await vscode.workspace.openTextDocument(related.location.uri);
    assert.equal(source.getText(related.location.range), 'Complete support and solidarity with the fighting Russian army and people');
    assert.match(related.location.uri.path, /seeds\/004_e5d367c5a54493c2\.txt$/);
  });

  it('the misquote quick fix puts in the source words, and one undo restores the draft', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'fact-check.md'));
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const misquote = (await diagnosticsFor(api, doc, (d) => d.some((x) => x.code === 'misquote'), 'a misquote')).find((d) => d.code === 'misquote')!;
    const [fix] = await fixes(doc, misquote);
    assert.equal(fix.title, 'Replace with the words of @ap-2024-11-29-belousov');
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(doc.getText(), /"Complete support and solidarity with the fighting Russian army and people" \[@ap-2024-11-29-belousov\]/);
    await diagnosticsFor(api, doc, (d) => !d.some((x) => x.code === 'misquote') && d.length === 9, 'the misquote to clear');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
    await diagnosticsFor(api, doc, (d) => d.some((x) => x.code === 'misquote'), 'the misquote to come back after undo');
  });

  it('checks as you type, and the last edit wins', async () => {
    const editor = await openDraft('Belousov met No Kwang Chol [@ap-2024-11-29-belousov].\n');
    const doc = editor.document;
    await diagnosticsFor(api, doc, (d) => d.length === 0 && api.checker.findings(doc) !== undefined, 'a clean first check');
    for (const typo of ['Cho', 'Choi']) {
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(22), doc.positionAt(doc.getText().indexOf(' [@'))), typo));
    }
    const [d] = await diagnosticsFor(api, doc, (x) => x.length === 1, 'the misspelling of the final text');
    assert.equal(d.code, 'misspelled-name');
    assert.equal(doc.getText(d.range), 'No Kwang Choi');
  });

  it('“Ignore in this workspace” writes the setting and the name is no longer flagged', async () => {
    const doc = (await openDraft('Belousuv arrived in Pyongyang [@ap-2024-11-29-belousov].\n')).document;
    const [d] = await diagnosticsFor(api, doc, (x) => x.length === 1, 'the misspelling');
    const ignore = (await fixes(doc, d)).find((a) => a.title.startsWith('Ignore'))!;
    assert.equal(ignore.title, 'Ignore ‘Belousuv’ in this workspace');
    try {
      await vscode.commands.executeCommand(ignore.command!.command, ...ignore.command!.arguments!);
      assert.deepEqual(vscode.workspace.getConfiguration('groundwork').get('checks.ignoredNames'), ['Belousuv']);
      await diagnosticsFor(api, doc, (x) => x.length === 0, 'the ignored name to clear');
    } finally {
      await vscode.workspace.getConfiguration('groundwork').update('checks.ignoredNames', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('turning a rule off in settings removes its diagnostics', async () => {
    const doc = (await openDraft('Officials cited [@no-such-key] and "words that no source ever printed".\n')).document;
    await diagnosticsFor(api, doc, (d) => d.length === 2, 'two diagnostics');
    try {
      await vscode.workspace.getConfiguration('groundwork').update('checks.unknownCitation', 'off', vscode.ConfigurationTarget.Workspace);
      const left = await diagnosticsFor(api, doc, (d) => d.length === 1, 'one rule switched off');
      assert.equal(left[0].code, 'quote-not-found');
    } finally {
      await vscode.workspace.getConfiguration('groundwork').update('checks.unknownCitation', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('an uncited claim gets a code lens, and Find Supporting Sources cites the passage picked', async () => {
    const doc = (await openDraft('Belousov walked with No Kwang Chol on a red carpet at the Pyongyang airport.\n')).document;
    await diagnosticsFor(api, doc, (d) => d.length === 1 && d[0].code === 'uncited-claim', 'the uncited claim');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const lens = lenses.find((l) => l.command?.command === 'groundwork.findSupport')!;
    assert.equal(lens.command!.title, '$(quote) Find supporting sources');
    const picked = vscode.commands.executeCommand<boolean>(lens.command!.command, ...lens.command!.arguments!);
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await picked, true);
    assert.equal(doc.getText(), 'Belousov walked with No Kwang Chol on a red carpet at the Pyongyang airport [@ap-2024-11-29-belousov].\n');
    await diagnosticsFor(api, doc, (d) => d.length === 0, 'the claim to count as cited');
  });

  it('a key from a workspace .bib file stops being an unknown citation once the file has it', async () => {
    const bib = vscode.Uri.joinPath(folder(), 'checks-refs.bib');
    const doc = (await openDraft('As Lee reported [@kwon2026checks].\n')).document;
    try {
      const [unknown] = await diagnosticsFor(api, doc, (d) => d.length === 1, 'the unknown key');
      assert.equal(unknown.code, 'unknown-citation');
      await vscode.workspace.fs.writeFile(
        bib,
        new TextEncoder().encode('@article{kwon2026checks,\n  title = {Summit talks},\n  journal = {Wire},\n  year = {2023}\n}\n'),
      );
      await diagnosticsFor(api, doc, (d) => d.length === 0, 'the key to be known from checks-refs.bib');
    } finally {
      await vscode.workspace.fs.delete(bib).then(undefined, () => undefined);
    }
  });

  it('a quote goes stale when its source file changes on disk', async () => {
    const sourceUri = vscode.Uri.joinPath(folder(), 'sources', 'briefing.md');
    const original =
      '---\ntitle: Ministry briefing\ndate: 2024-11-30\noutlet: Test Wire\n---\n\nThe ministry said the talks were "productive and forward-looking" and would continue.\n';
    await vscode.workspace.fs.writeFile(sourceUri, new TextEncoder().encode(original));
    try {
      await eventually(
        async () => ((await api.store.index()).sources.some((s) => s.meta.title === 'Ministry briefing') ? true : undefined),
        'the new source to be indexed',
        20000,
      );
      const key = (await api.store.index()).sources.find((s) => s.meta.title === 'Ministry briefing')!.key;
      const doc = (await openDraft(`The ministry called the talks "productive and forward-looking" [@${key}].\n`)).document;
      // A check of this very text (no diagnostics would also be what a draft not yet checked shows).
      assert.deepEqual(await eventually(() => api.checker.check(doc), 'a check of the draft', 20000), [], 'the quote matches');
      await vscode.workspace.fs.writeFile(sourceUri, new TextEncoder().encode(original.replace('productive and forward-looking', 'useful')));
      const [stale] = await diagnosticsFor(api, doc, (d) => d.length === 1, 'the stale quote');
      assert.equal(stale.code, 'stale-quote');
      assert.equal(stale.message, `This quote no longer matches @${key}: the source changed since it last matched.`);
    } finally {
      await vscode.workspace.fs.delete(sourceUri);
    }
  });
});
