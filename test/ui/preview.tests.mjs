// UI test of citations in VS Code's built-in Markdown preview (a webview: two nested iframes).
const STATUS = /\d+ sources? · \d+ people/;

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export const previewTests = [
  {
    name: 'Markdown preview: shows [@key] in Chicago author-date as pandoc --citeproc does, with the bibliography and the title on hover',
    async run({ wb, page, screenshot }) {
      await wb.openFromExplorer('draft.md', { expectLine: /No.Kwang.Chol/ });
      await wb.statusBarItem(STATUS).waitFor({ timeout: 20_000 });
      // The palette ranks "Open Locked Preview to the Side" first; the keybinding is exact.
      await wb.editorLine(/No.Kwang.Chol/).click();
      await page.keyboard.press('Control+Shift+V');
      const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const cite = preview.locator('span.groundwork-citation', { hasText: 'The Associated Press 2024' }).first();
      await cite.waitFor({ timeout: 20_000 });
      const title = await cite.getAttribute('title');
      assert(title?.startsWith('Russian Defense Minister Andrei Belousov arrived in North Korea'), `citation title attribute: ${title}`);
      assert((await cite.getAttribute('data-cites'))?.includes('ap-2024-11-29-belousov:'), 'the citation names its key');
      const reference = preview.locator('section.groundwork-references div.csl-entry#gw-ref-ap-2024-11-29-belousov');
      const text = await reference.innerText();
      assert(/The Associated Press\. 2024\. .*November 29, 2024\./.test(text), `reference entry: ${text}`);
      await screenshot('preview-citations.png');
      await wb.runCommand('View: Close All Editors');
    },
  },
];
