import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { GroundworkApi } from '../../src/extension/extension';
import { openDraft } from './open-draft';
import { eventually, hoverText } from './wait';
import { ZOTERO_BIB, ZOTERO_CSL } from './zotero-exports';

const EXTENSION_ID = 'groundwork.groundwork';
const AP_KEY = 'ap-2024-11-29-belousov';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const labelOf = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Groundwork');

async function hints(doc: vscode.TextDocument): Promise<Array<{ label: string; at: number }>> {
  const all = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
  return all.map((h) => ({ label: labelOf(h), at: doc.offsetAt(h.position) }));
}

// A Quarto and an R Markdown draft citing a .bib and a CSL-JSON file named in their front matter.
const DRAFT = `---
title: Visits
bibliography:
  - quarto-refs/shoigu.bib
  - quarto-refs/summit.json
---

Shoigu came first [@kim2024shoigu], then the summit [see @lee2023summit, p. 2].
Belousov followed [@${AP_KEY}] and a typo [@kim2024shoigo].

\`\`\`{r}
x <- "[@not-a-citation]"
\`\`\`
`;

describe('citations in a real extension host: inlay hints, Quarto and R Markdown, locators', () => {
  let api: GroundworkApi;
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const refs = () => vscode.Uri.joinPath(folder(), 'quarto-refs');

  before(async () => {
    api = await vscode.extensions.getExtension<GroundworkApi>(EXTENSION_ID)!.activate();
    await write(vscode.Uri.joinPath(refs(), 'shoigu.bib'), ZOTERO_BIB);
    await write(vscode.Uri.joinPath(refs(), 'summit.json'), ZOTERO_CSL);
    // The watcher's path is bibliography.spec's subject; here the files are read at once, so a late file event cannot stall the suite.
    await api.library.bibliographies.reload();
    await eventually(
      async () =>
        (await api.library.knownCitationKeys()).has('lee2023summit') && (await api.library.knownCitationKeys()).has('kim2024shoigu') ? true : undefined,
      'the bibliography files to be read',
      30_000,
    );
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('groundwork').update('inlineCitations', undefined, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.fs.delete(refs(), { recursive: true });
    for (const name of ['visits.qmd', 'visits.Rmd']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), name)).then(undefined, () => undefined);
  });

  it('shows each citation as Chicago author-date renders it after the citation, nothing for an unknown key', async () => {
    const editor = await openDraft(`Arrived [@${AP_KEY}]. @${AP_KEY} [p. 3] reported it. Unknown [@nope]. Code \`[@${AP_KEY}]\`.\n`);
    const doc = editor.document;
    const got = await eventually(async () => {
      const h = await hints(doc);
      return h.length >= 2 ? h : undefined;
    }, 'inlay hints for the citations');
    assert.deepEqual(
      got.map((h) => h.label),
      ['(The Associated Press 2024)', 'The Associated Press (2024, 3)'],
    );
    assert.equal(got[0].at, doc.getText().indexOf(']') + 1, 'the hint stands right after the citation');
    await vscode.workspace.getConfiguration('groundwork').update('inlineCitations', false, vscode.ConfigurationTarget.Global);
    assert.deepEqual(await hints(doc), [], 'the setting turns the hints off');
  });

  it('uses the CSL style file the front matter names with csl:', async () => {
    const vancouver = (plugins.config.get('@csl') as unknown as { styles: { get(name: string): string } }).styles.get('vancouver');
    const style = vscode.Uri.joinPath(refs(), 'numeric.csl');
    const draft = vscode.Uri.joinPath(refs(), 'styled.md');
    await write(style, vancouver);
    await write(draft, `---\ncsl: numeric.csl\n---\n\nFirst [@lee2023summit], then [@${AP_KEY}].\n`);
    const doc = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(doc);
    const got = await eventually(
      async () => {
        const h = (await hints(doc)).map((x) => x.label);
        return h.join(' ') === '(1) (2)' ? h : undefined;
      },
      'inlay hints in the numeric style',
      20000,
    );
    assert.deepEqual(got, ['(1)', '(2)']);
  });

  for (const [name, language] of [
    ['visits.qmd', 'quarto'],
    ['visits.Rmd', 'rmd'],
  ] as const) {
    it(`gives a ${name} draft what a Markdown draft gets, with the bibliography files its front matter lists`, async () => {
      const uri = vscode.Uri.joinPath(folder(), name);
      await write(uri, DRAFT);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, language);
      const at = (needle: string) => doc.positionAt(doc.getText().indexOf(needle) + 3);
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at('@kim2024shoigu')));
      assert.match(hover, /\*\*Shoigu Visits Pyongyang Again\*\*/);
      const definition = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', uri, at(`@${AP_KEY}`));
      assert.match(definition[0]?.uri.path ?? '', /seeds\//);
      const diagnostics = await eventually(
        () => {
          const d = ours(uri);
          return d.length > 0 ? d : undefined;
        },
        `the checks of ${name}`,
        30000,
      );
      assert.deepEqual(
        diagnostics.map((d) => doc.getText(d.range)),
        ['@kim2024shoigo'],
        'only the typo, not the keys of either listed file nor code',
      );
      const h = await eventually(async () => {
        const got = await hints(doc);
        return got.length === 3 ? got : undefined;
      }, `inlay hints in ${name}`);
      assert.deepEqual(
        h.map((x) => x.label),
        ['(Kim 2024)', '(see Lee 2023, 2)', '(The Associated Press 2024)'],
      );
      const end = new vscode.Position(doc.lineCount - 1, 0);
      await vscode.window.activeTextEditor!.edit((e) => e.insert(end, 'More [@'));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        uri,
        doc.lineAt(doc.lineCount - 1).range.end,
        '@',
      );
      assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'lee2023summit'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }

  it('Insert Citation inserts a locator: [@key, p. 3]', async () => {
    const editor = await openDraft('He arrived on Friday.');
    editor.selection = new vscode.Selection(0, 20, 0, 20);
    assert.equal(await vscode.commands.executeCommand('groundwork.insertCitation', { key: AP_KEY, locator: 'p. 3' }), true);
    assert.equal(editor.document.getText(), `He arrived on Friday[@${AP_KEY}, p. 3].`);
  });
});
