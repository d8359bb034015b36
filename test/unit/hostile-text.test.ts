import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { commandLink, encodeCommandArgs, escapeIcons, escapeMarkdown, logText, notificationText } from '../../src/core/markdown-text';

// Findings 1, 2, 13 and 15: source text as inert text on every surface.
const HOSTILE = [
  'x%22%5D%7D%20evil',
  'k")](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
  '[Click me](command:workbench.action.openSettings)',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '$(check) Verified $(shield)',
  '**bold** _em_ `code` ~~del~~ # h\n\n> quote\n- item',
  "a)b(c)d'e!f*g",
  '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil',
  'emoji 😀 and \u00a0nbsp',
];

/** What markdown-it makes of the Markdown: the HTML, and its text with tags and entities undone. */
function render(markdown: string): { html: string; text: string } {
  const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return { html, text };
}

function randomText(seed: number, length: number): string {
  const alphabet = '[]()<>!`*_{}#+-.|~&:"\'%$\\/ \n\tabcXYZ@;=?\u001b\u202e😀';
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out += [...alphabet][s % [...alphabet].length];
  }
  return out;
}

describe('hostile input: text surfaces', () => {
  it('finding 1: a command link argument survives any number of URI decodes unchanged and ends the link only where it ends', () => {
    for (const key of [...HOSTILE, ...Array.from({ length: 200 }, (_, i) => randomText(i, 40))]) {
      const query = encodeCommandArgs([{ key }]);
      assert.match(query, /^[A-Za-z0-9%_.~-]*$/);
      const once = decodeURIComponent(query);
      assert.equal(decodeURIComponent(once), once, 'a second decode changes nothing');
      assert.deepEqual(JSON.parse(once), [{ key }]);
      const link = commandLink('Insert citation', 'groundwork.insertCitation', [{ key }]);
      const { html } = render(link);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      assert.equal(hrefs.length, 1);
      assert.equal(hrefs[0], `command:groundwork.insertCitation?${query}`);
    }
  });

  it('finding 13: escaped source text renders as exactly its own text: no link, HTML, emphasis or icon syntax', () => {
    for (const text of [...HOSTILE, ...Array.from({ length: 200 }, (_, i) => randomText(1000 + i, 60))]) {
      const { html, text: shown } = render(escapeMarkdown(text));
      assert.ok(!/<(a|script|img|em|strong|code|h\d|blockquote|li|del)\b/.test(html), html);
      assert.equal(shown, escapeMarkdown(text).replace(/\\(.)/g, '$1'));
    }
    assert.equal(render(escapeMarkdown('$(check) ok')).text, '$(check) ok');
  });

  it('findings 1 and 2: notification text has no link or icon form and stays one short line', () => {
    for (const text of [...HOSTILE, 'x'.repeat(10_000), ...Array.from({ length: 200 }, (_, i) => randomText(2000 + i, 80))]) {
      const shown = notificationText(text);
      assert.ok(!shown.includes('](') && !shown.includes('$('), shown);
      assert.ok(!/[\n\r\u0000-\u001f\u007f-\u009f]/.test(shown));
      assert.ok(shown.length <= 200);
    }
  });

  it('finding 15: log lines and quick pick text carry no control characters, newlines or icon syntax', () => {
    for (const text of HOSTILE) {
      assert.ok(!/[\n\r\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(logText(text)), logText(text));
      assert.ok(!/(^|[^\\])\$\(/.test(escapeIcons(text)));
    }
    assert.equal(logText('\u001b[2Jtitle'), '\\u001b[2Jtitle');
  });
});
