// UI test of citations in VS Code's built-in Markdown preview (a webview: two nested iframes).
const STATUS = /\d+ sources? · \d+ people/;

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export const previewTests = [
  {
    name: 'Markdown preview: shows [@key] as (AP 2024) linked to a reference list, with the title on hover',
    async run({ wb, page, screenshot }) {
      await wb.openFromExplorer('draft.md', { expectLine: /No.Kwang.Chol/ });
      await wb.statusBarItem(STATUS).waitFor({ timeout: 20_000 });
      // The palette ranks "Open Locked Preview to the Side" first; the keybinding is exact.
      await wb.editorLine(/No.Kwang.Chol/).click();
      await page.keyboard.press('Control+Shift+V');
      const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const cite = preview.locator('a.groundwork-citation', { hasText: 'AP 2024' }).first();
      await cite.waitFor({ timeout: 20_000 });
      const title = await cite.getAttribute('title');
      assert(title?.startsWith('Russian Defense Minister Andrei Belousov arrived in North Korea'), `citation title attribute: ${title}`);
      assert((await cite.getAttribute('href')) === '#gw-ref-ap-2024-11-29-belousov', 'the citation links to its reference');
      const reference = preview.locator('section.groundwork-references li#gw-ref-ap-2024-11-29-belousov');
      const text = await reference.innerText();
      assert(/The Associated Press, 2024-11-29\./.test(text), `reference entry: ${text}`);
      await screenshot('preview-citations.png');
      await wb.runCommand('View: Close All Editors');
    },
  },
];
