import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../src/extension/extension';
import { openDraft } from './open-draft';
import { eventually } from './wait';

const EXTENSION_ID = 'groundwork.groundwork';

// VS Code 1.100's rule for a link in a notification (vs/base/common/linkedText.ts, parseLinkedText):
// `[label](https://…|command:…|file:…)`. Anything it matches in a message is clickable.
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

// A declared key made to run a command from a notification or a hover, and a valid key that
// holds the characters a URI decoder or a Markdown link would reinterpret.
const HOSTILE_KEY = 'x")](command:workbench.action.openSettings?%5B%22%22%5D) [Open](command:workbench.action.openSettings)';
const TRICKY_KEY = 'tricky$2024&a+b?c/d:e.f';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

/** Every `command:` link in a hover's Markdown, with its command and arguments decoded once, as VS Code does to run it. */
function commandLinks(markdown: string): Array<{ command: string; args: unknown; query: string }> {
  return [...markdown.matchAll(/\]\((command:[^)\s]*)\)/g)].map((m) => {
    const uri = vscode.Uri.parse(m[1]);
    return { command: uri.path, args: JSON.parse(uri.query), query: uri.query };
  });
}

describe('hostile keys in a real VS Code: no command link in a notification or a hover', () => {
  let api: GroundworkApi;
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const hostile = () => vscode.Uri.joinPath(folder(), 'sources', 'hostile-key.md');
  const tricky = () => vscode.Uri.joinPath(folder(), 'sources', 'tricky-key.md');

  before(async () => {
    api = await vscode.extensions.getExtension<GroundworkApi>(EXTENSION_ID)!.activate();
    await write(
      hostile(),
      `---\ntitle: "Hostile $(check) Verified [Open](command:workbench.action.openSettings)"\nkey: ${JSON.stringify(HOSTILE_KEY)}\n---\n\nMinister Odile Varga said “the hostile clipping has words”.\n`,
    );
    await write(tricky(), `---\ntitle: Tricky key\nkey: ${JSON.stringify(TRICKY_KEY)}\n---\n\nMinister Odile Varga said “the tricky clipping has words”.\n`);
    await eventually(async () => ((await api.store.index()).source(TRICKY_KEY) ? true : undefined), 'the hostile sources to be indexed');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(hostile());
    await vscode.workspace.fs.delete(tricky());
  });

  it('a declared key that is not a citation key is refused: the source gets a generated key and an error', async () => {
    const index = await api.store.index();
    const source = index.sources.find((s) => s.path.endsWith('hostile-key.md'))!;
    assert.ok(source, 'the hostile clipping is indexed');
    assert.notEqual(source.key, HOSTILE_KEY);
    assert.match(source.key, /^[\p{L}\p{N}_]+(?:[:.$&+?/-][\p{L}\p{N}_]+)*$/u);
    assert.ok(
      source.errors.some((e) => e.startsWith('front matter key')),
      source.errors.join('; '),
    );
  });

  it('the notification for an unknown hostile key holds no link VS Code would make clickable', async () => {
    const shown: string[] = [];
    const original = vscode.window.showErrorMessage;
    // The extension's calls reach this same API object: the test sees the message VS Code is given.
    (vscode.window as { showErrorMessage: unknown }).showErrorMessage = (message: string, ...rest: never[]) => {
      shown.push(message);
      return (original as (...args: unknown[]) => unknown).call(vscode.window, message, ...rest);
    };
    try {
      await openDraft('A draft.\n');
      for (const key of [HOSTILE_KEY, `$(warning) ${HOSTILE_KEY}`]) {
        await vscode.commands.executeCommand('groundwork.insertCitation', { key });
        await vscode.commands.executeCommand('groundwork.openPassage', `${key}#1`);
      }
    } finally {
      (vscode.window as { showErrorMessage: unknown }).showErrorMessage = original;
    }
    assert.equal(shown.length, 4, shown.join('\n'));
    for (const message of shown) {
      assert.match(message, /^Groundwork: no source with key /);
      assert.deepEqual([...message.matchAll(NOTIFICATION_LINK)], [], message);
      assert.ok(!message.includes('$('), `no icon syntax: ${message}`);
    }
  });

  it('hover cards of hostile sources carry only our commands, with arguments that decode to the exact key and no icon syntax', async () => {
    const index = await api.store.index();
    const hostileKey = index.sources.find((s) => s.path.endsWith('hostile-key.md'))!.key;
    for (const key of [hostileKey, TRICKY_KEY]) {
      const editor = await openDraft(`See [@${key}].\n`);
      const at = editor.document.positionAt(editor.document.getText().indexOf('@') + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const cards = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c);
      assert.ok(cards.length > 0, `a hover for @${key}`);
      for (const card of cards) {
        assert.ok(!card.supportThemeIcons, 'theme icons are off');
        assert.ok(!card.supportHtml, 'HTML is off');
        const links = commandLinks(card.value);
        assert.ok(links.length > 0, card.value);
        for (const link of links) {
          assert.ok(['groundwork.openPassage', 'groundwork.insertCitation'].includes(link.command), link.command);
          assert.equal(decodeURIComponent(link.query), link.query, 'a second decode changes nothing');
          assert.deepEqual(link.args, link.command === 'groundwork.openPassage' ? [`${key}#1`] : [{ key }]);
        }
        const outside = card.value.replace(/\]\(command:[^)\s]*\)/g, '](…)');
        assert.ok(!/command:|\$\(/.test(outside.replace(/\\\$\\\(/g, '')), `no other command or icon: ${card.value}`);
      }
    }
  });
});
