import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../src/extension/extension';

const EXTENSION_ID = 'groundwork.groundwork';
const AP_KEY = 'ap-2024-11-29-belousov';

async function eventually<T>(probe: () => Promise<T | undefined>, what: string | (() => string), ms = 20000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * The preview's HTML for `text`. In the web worker host (npm run test:web) code-server keeps
 * the built-in Markdown extension in the Node host (it ships without its browser build), and
 * VS Code hands extendMarkdownIt only to a Markdown extension in the same host; there the
 * test renders through Groundwork's extendMarkdownIt itself, as VS Code for the Web's preview does.
 */
function render(api: GroundworkApi, text: string): Thenable<string> {
  if ((globalThis as { groundworkTestHost?: string }).groundworkTestHost !== 'web') return vscode.commands.executeCommand<string>('markdown.api.render', text);
  return Promise.resolve(api.extendMarkdownIt(new MarkdownIt({ html: true })).render(text));
}

describe('citations in the built-in Markdown preview', () => {
  let api: GroundworkApi;

  before(async () => {
    api = await vscode.extensions.getExtension<GroundworkApi>(EXTENSION_ID)!.activate();
    await api.store.index();
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('groundwork').update('previewCitations', undefined, vscode.ConfigurationTarget.Global);
  });

  it('markdown.api.render shows [@key] in Chicago author-date (pandoc’s default), the bibliography at the end, the title on hover', async () => {
    const html = await render(api, `Belousov arrived on Friday [@${AP_KEY}, p. 2]. @${AP_KEY} [p. 3] says so.\n`);
    assert.match(
      html,
      new RegExp(
        `<span class="groundwork-citation" data-cites="${AP_KEY}:normal" title="Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…">\\((<i>)?The Associated Press(</i>)? 2024, 2\\)</span>`,
      ),
    );
    assert.match(html, /(<i>)?The Associated Press(<\/i>)? \(2024, 3\)<\/span> says so/);
    assert.match(
      html,
      new RegExp(
        `<section class="groundwork-references">[\\s\\S]*<div class="csl-entry" id="gw-ref-${AP_KEY}">(<i>)?The Associated Press(</i>)?\\. 2024\\. “Russian Defense Minister Andrei Belousov Arrived in North Korea on Friday For…,” November 29, 2024\\.</div>`,
      ),
    );
  });

  it('numbers citations when groundwork.previewCitations is numbered', async () => {
    await vscode.workspace.getConfiguration('groundwork').update('previewCitations', 'numbered', vscode.ConfigurationTarget.Global);
    const html = await render(api, `One [@belousov-russian-defense]. Two [@${AP_KEY}; @belousov-russian-defense].\n`);
    assert.match(html, /One <span [^>]*>\(1\)<\/span>\. Two <span [^>]*>\(1,2\)<\/span>/);
  });

  it('renders footnote citations as footnotes titled with the source', async () => {
    const html = await render(api, `Belousov arrived[^${AP_KEY}].\n\n[^${AP_KEY}]: The Associated Press, 2024-11-29.\n`);
    assert.match(html, /<sup class="footnote-ref"><a title="Russian Defense Minister Andrei Belousov[^"]*" href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    assert.match(html, /<section class="footnotes">/);
  });

  it('Markdown link validation, when turned on, flags a broken link but no citation', async () => {
    // VS Code 1.100 reports every [@key] and [^note] as "No link definition found", and its
    // markdown.validate.ignoredLinks does not apply to reference links: the manifest's
    // configurationDefaults turns that one check off.
    const markdown = vscode.workspace.getConfiguration('markdown');
    assert.equal(markdown.get('validate.referenceLinks.enabled'), 'ignore');
    await markdown.update('validate.enabled', true, vscode.ConfigurationTarget.Workspace);
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'validate-draft.md');
    const text = `# Draft\n\nBelousov arrived [@${AP_KEY}], and more [see @${AP_KEY}, p. 2; @belousov-russian-defense].\nA footnote[^${AP_KEY}] and [@unknown-key].\n\nA [broken link](#no-such-heading).\n\n[^${AP_KEY}]: The Associated Press, 2024-11-29.\n`;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    try {
      const doc = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(doc);
      // The broken heading link shows that validation ran over the draft.
      const diagnostics = await eventually(
        async () => {
          const found = vscode.languages.getDiagnostics(file);
          return found.some((d) => doc.getText(d.range).includes('no-such-heading')) ? found : undefined;
        },
        () => `Markdown link validation of the draft; diagnostics now: ${JSON.stringify(vscode.languages.getDiagnostics(file).map((d) => d.message))}`,
      );
      // Groundwork's own check rightly reports [@unknown-key]; only VS Code's link validation is in question.
      const flagged = diagnostics.filter((d) => d.source !== 'Groundwork').map((d) => `${doc.getText(d.range)}: ${d.message}`);
      assert.deepEqual(
        flagged.filter((f) => !f.includes('no-such-heading')),
        [],
        'no citation flagged',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(file);
      await markdown.update('validate.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
