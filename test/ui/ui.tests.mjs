// The UI tests: what the workbench page shows with Groundwork loaded.
// Each test gets { wb, page, workspace, screenshot } from run-ui.mjs and throws on failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WAIT, textContrast } from './workbench.mjs';

const CITE_KEY = 'ap-2024-11-29-belousov';
const PICK_FILTER = 'red carpet';
const SEED_TITLES = [
  'Russian Defense Minister in North Korea for military talks',
  'Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for',
];
const STATUS = /\d+ sources? · \d+ people/;
// Light last: the workbench's default look for the tests that follow.
// `name` is the workbench.colorTheme value, `label` what the theme picker shows.
const THEMES = [
  { name: 'Default Dark Modern', label: 'Dark Modern', file: 'theme-dark.png', bodyClass: 'vs-dark' },
  { name: 'Default High Contrast', label: 'Dark High Contrast', file: 'theme-high-contrast.png', bodyClass: 'hc-black' },
  { name: 'Default Light Modern', label: 'Light Modern', file: 'theme-light.png', bodyClass: 'vs' },
];
const WALKTHROUGH = 'Get Started with Groundwork';
const WALKTHROUGH_STEPS = ['Add your sources', 'Hover a name', 'Insert a citation', 'Check the draft'];
/** WCAG AA for body text. */
const MIN_CONTRAST = 4.5;

/** Opens draft.md from the Explorer and waits until Groundwork has indexed (status bar). */
async function openDraft(wb) {
  await wb.openFromExplorer('draft.md', { expectLine: /No.Kwang.Chol/ });
  // The extension activates on Markdown; its status bar item shows the counts once indexed.
  await wb.statusBarItem(STATUS).waitFor({ timeout: 20_000 });
}

/**
 * Moves the mouse onto the first match of `word` in the editor line matching `lineRe`, in
 * steps as a user would, until a hover card containing `expected` shows; tries again
 * from off the word if the first hover was a different one (e.g. shown before the
 * providers were ready). Returns the card's locator and the number of attempts.
 */
async function hoverOver(wb, page, lineRe, word, expected) {
  const line = wb.editorLine(lineRe);
  const hover = page.locator('.monaco-hover-content:visible', { hasText: expected }).first();
  for (let attempts = 1; ; attempts++) {
    const at = await wb.wordCenter(line, word);
    assert(at, `could not locate ${word} in the rendered editor line`);
    await page.mouse.move(at.x, at.y - 60, { steps: 2 });
    await page.mouse.move(at.x, at.y, { steps: 5 });
    try {
      await hover.waitFor({ timeout: attempts < 3 ? 4_000 : WAIT });
      return { hover, attempts };
    } catch (err) {
      if (attempts >= 3) throw err;
    }
  }
}

/** Moves the mouse off the editor and closes any hover. */
async function leaveHover(page) {
  await page.mouse.move(5, 5, { steps: 3 });
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover-content:visible').first().waitFor({ state: 'hidden', timeout: WAIT });
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function assertIncludes(text, part, what) {
  assert(text.includes(part), `${what} should contain ${JSON.stringify(part)}, got:\n${text}`);
}

export const tests = [
  {
    name: 'hover card on "No Kwang Chol" shows the person, mentions and quotes',
    async run({ wb, page, screenshot }) {
      await openDraft(wb);
      const { attempts } = await hoverOver(wb, page, /No.Kwang.Chol/, /No Kwang Chol/, 'North Korean Defense Minister');
      const text = (await page.locator('.monaco-hover-content:visible').allInnerTexts()).join('\n');
      assertIncludes(text, 'No Kwang Chol', 'hover card');
      assertIncludes(text, 'North Korean Defense Minister', 'hover card');
      assertIncludes(text, 'mentions in 2 sources', 'hover card');
      assertIncludes(text, 'Associated Press', 'hover card');
      assertIncludes(text, 'Insert citation', 'hover card');
      await screenshot('hover-card.png', { around: [page.locator('.monaco-hover:visible').first(), wb.editorLine(/No.Kwang.Chol/)] });
      await leaveHover(page);
      return attempts > 1 ? `hover appeared on attempt ${attempts}` : undefined;
    },
  },
  {
    name: 'Insert Citation from the command palette inserts [@key] at the cursor',
    async run({ wb, page, workspace, screenshot }) {
      await openDraft(wb);
      const draftPath = join(workspace, 'draft.md');
      const before = readFileSync(draftPath, 'utf8');
      const count = (s) => s.split(`[@${CITE_KEY}]`).length - 1;

      // Cursor at the end of the "Kim Jong Un ..." line (no name under it, so no prefill):
      // click on its last word, then End.
      const at = await wb.wordCenter(wb.editorLine(/Kim.Jong.Un.is.expected/), /leaves\./);
      assert(at, 'the "Kim Jong Un" line is not rendered');
      await page.mouse.click(at.x, at.y);
      await page.keyboard.press('End');
      const lines = before.split('\n');
      const kimIndex = lines.findIndex((l) => l.startsWith('Kim Jong Un is expected'));
      const cursorAt = `Ln ${kimIndex + 1}, Col ${lines[kimIndex].length + 1}`;
      await wb.statusBarItem(new RegExp(`^\\s*${cursorAt}\\s*$`)).waitFor({ timeout: WAIT });

      await wb.runCommand('Groundwork: Insert Citation');
      const input = page.locator('.quick-input-widget input[placeholder="Search sources and passages to cite"]');
      await input.waitFor({ timeout: WAIT });
      await wb.quickPickFocusedRow().waitFor({ timeout: WAIT });
      // The filter matches what the picker shows: passage labels are cut at 120
      // characters, so words further into a passage (e.g. "red carpet") find nothing.
      await input.fill(PICK_FILTER);
      const row = wb
        .quickPickFocusedRow()
        .filter({ hasText: PICK_FILTER })
        .filter({ hasText: `@${CITE_KEY}` });
      await row.waitFor({ timeout: WAIT });
      await screenshot('citation-picker.png', { around: [wb.quickInput()] });
      await page.keyboard.press('Enter');
      await wb.quickInput().waitFor({ state: 'hidden', timeout: WAIT });

      // The edit marks the draft as modified ...
      await page.locator('.part.editor .tab.active.dirty[data-resource-name="draft.md"]').waitFor({ timeout: WAIT });
      // ... and after saving, the file on disk has it there too.
      await page.keyboard.press('Control+S');
      const deadline = Date.now() + WAIT;
      let after = before;
      while (count(after) <= count(before) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        after = readFileSync(draftPath, 'utf8');
      }
      assert(count(after) === count(before) + 1, `draft.md on disk should have one more [@${CITE_KEY}] after saving, got:\n${after}`);
      const kim = after.split('\n').find((l) => l.startsWith('Kim Jong Un is expected'));
      assert(
        kim === `Kim Jong Un is expected to meet the Russian delegation before it leaves.[@${CITE_KEY}]`,
        `the citation should be at the end of the "Kim Jong Un" line, got: ${JSON.stringify(kim)}`,
      );
    },
  },
  {
    name: 'Groundwork sidebar lists both seed articles under Sources',
    async run({ wb, page, screenshot }) {
      await openDraft(wb);
      const sourcesPane = page.locator('.part.sidebar .pane', {
        has: page.locator('.pane-header', { hasText: /^\s*Sources/ }),
      });
      if (!(await sourcesPane.isVisible())) {
        const icon = page.locator('.part.activitybar .action-item a.action-label[aria-label^="Groundwork"]');
        await icon.click({ timeout: WAIT });
      }
      const rows = sourcesPane.locator('.monaco-list-row');
      for (const title of SEED_TITLES) await rows.filter({ hasText: title }).first().waitFor({ timeout: WAIT });
      const texts = await rows.allInnerTexts();
      for (const title of SEED_TITLES) {
        assert(
          texts.some((t) => t.includes(title)),
          `Sources should list "${title}", got:\n${texts.join('\n')}`,
        );
      }
      assert(
        texts.some((t) => t.includes('The Associated Press · 2024-11-29')),
        `a Sources row should say "The Associated Press · 2024-11-29", got:\n${texts.join('\n')}`,
      );
      // The People view is there too.
      await page.locator('.part.sidebar .pane-header', { hasText: /^\s*People/ }).waitFor({ timeout: WAIT });
      // Open the cited source's row, so the screenshot shows its people too.
      const cited = rows.filter({ hasText: 'cited' }).first();
      if ((await cited.getAttribute('aria-expanded')) !== 'true') await cited.locator('.monaco-tl-twistie').click();
      await sourcesPane.locator('.monaco-list-row[aria-level="2"]').first().waitFor({ timeout: WAIT });
      // Widen the side bar so the titles are readable in the screenshot.
      await wb.resizeSideBar(820);
      await screenshot('sidebar.png', {
        around: [
          page.locator('.part.sidebar > .composite.title'),
          page
            .locator('.part.sidebar .pane', { hasText: /^\s*People/ })
            .locator('.monaco-list-row')
            .last(),
        ],
        margin: 4,
      });
    },
  },
  {
    name: 'status bar shows the source and people counts',
    async run({ wb }) {
      await openDraft(wb);
      const text = (await wb.statusBarItem(STATUS).innerText()).trim();
      assert(STATUS.test(text), `status bar item should match ${STATUS}, got ${JSON.stringify(text)}`);
      assert(/\b2 sources · \d+ people/.test(text), `the fixture workspace has the 2 seed sources only, got ${JSON.stringify(text)}`);
      return text;
    },
  },
  {
    name: 'Open Source opens a seed article from the folder the extension runs from',
    async run({ wb, page, extensionRoot }) {
      await openDraft(wb);
      await wb.runCommand('Groundwork: Open Source');
      await page.locator('.quick-input-widget input[placeholder="Open a source"]').waitFor({ timeout: WAIT });
      await wb.quickPickFocusedRow().filter({ hasText: '@' }).waitFor({ timeout: WAIT });
      await page.keyboard.press('Enter');
      const tab = page.locator('.part.editor .tab.active[data-resource-name$=".txt"]');
      await tab.waitFor({ timeout: WAIT });
      const file = join(extensionRoot, 'seeds', await tab.getAttribute('data-resource-name'));
      // The window title is the active file's full path (window.title in run-ui.mjs).
      await page.waitForFunction((f) => document.title.includes(f), file, { timeout: WAIT }).catch(() => {});
      const title = await page.title();
      assert(title.includes(file), `the seed should open from ${file}, the window title is ${JSON.stringify(title)}`);
      await page.keyboard.press('Control+W');
      await tab.waitFor({ state: 'hidden', timeout: WAIT });
      return file;
    },
  },
  {
    name: 'hover card and sidebar are readable in light, dark and high-contrast themes',
    async run({ wb, page, screenshot }) {
      await openDraft(wb);
      const notes = [];
      for (const theme of THEMES) {
        // Preferences: Color Theme writes workbench.colorTheme to the user settings.
        await wb.runCommand('Preferences: Color Theme');
        await page.locator('.quick-input-widget input[placeholder^="Select Color Theme"]').waitFor({ timeout: WAIT });
        await wb.pick(theme.label, theme.name);
        await page.locator(`.monaco-workbench.${theme.bodyClass}`).waitFor({ timeout: WAIT });
        // The Groundwork side bar with a source open, at a width that leaves room for the hover.
        const sourcesPane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Sources/ }) });
        if (!(await sourcesPane.isVisible())) await page.locator('.part.activitybar .action-item a.action-label[aria-label^="Groundwork"]').click();
        const sourceRow = sourcesPane.locator('.monaco-list-row[aria-level="1"]').first();
        await sourceRow.waitFor({ timeout: WAIT });
        await wb.resizeSideBar(560);
        const { hover } = await hoverOver(wb, page, /No.Kwang.Chol/, /No Kwang Chol/, 'North Korean Defense Minister');
        const measured = {
          'hover text': await textContrast(hover.locator('p', { hasText: 'mentions in' }).first()),
          'hover quote': await textContrast(hover.locator('blockquote p').first()),
          'hover link': await textContrast(hover.locator('a', { hasText: 'Open passage' }).first()),
          'sidebar title': await textContrast(sourceRow.locator('.label-name').first()),
          'sidebar detail': await textContrast(page.locator('.part.sidebar .monaco-list-row .label-description').first()),
        };
        await screenshot(theme.file);
        await leaveHover(page);
        for (const [what, ratio] of Object.entries(measured)) {
          assert(ratio >= MIN_CONTRAST, `${theme.name}: ${what} has contrast ${ratio.toFixed(2)}, below ${MIN_CONTRAST}`);
        }
        notes.push(`${theme.bodyClass} ≥ ${Math.min(...Object.values(measured)).toFixed(1)}:1`);
      }
      return `lowest text contrast: ${notes.join(', ')}`;
    },
  },
  {
    name: 'keyboard only: the hover card, its links, the citation picker and the Sources view',
    async run({ wb, page, workspace }) {
      const keys = async (...combo) => {
        for (const k of combo) await page.keyboard.press(k);
      };
      // Quick Open the draft.
      await keys('Escape', 'Control+P');
      await wb.quickInputBox().waitFor({ timeout: WAIT });
      await page.keyboard.type('draft.md');
      await wb.quickPickFocusedRow().filter({ hasText: 'draft.md' }).waitFor({ timeout: WAIT });
      await keys('Enter');
      await page.locator('.part.editor .tab.active[data-resource-name="draft.md"]').waitFor({ timeout: WAIT });
      await wb.statusBarItem(STATUS).waitFor({ timeout: 20_000 });

      // Go to Line onto "Kwang", then Show Hover (Ctrl+K Ctrl+I).
      const lines = readFileSync(join(workspace, 'draft.md'), 'utf8').split('\n');
      const row = lines.findIndex((l) => l.includes('No Kwang Chol')) + 1;
      const col = lines[row - 1].indexOf('Kwang') + 2;
      await keys('Control+G');
      await wb.quickInputBox().waitFor({ timeout: WAIT });
      await page.keyboard.type(`${row}:${col}`);
      await keys('Enter');
      await wb.statusBarItem(new RegExp(`^\\s*Ln ${row}, Col ${col}\\s*$`)).waitFor({ timeout: WAIT });
      await keys('Control+K', 'Control+I');
      const hover = page.locator('.monaco-hover-content:visible', { hasText: 'North Korean Defense Minister' }).first();
      await hover.waitFor({ timeout: WAIT });
      assertIncludes(await hover.innerText(), 'mentions in 2 sources', 'hover card shown from the keyboard');

      // The same keys again focus the card; Tab reaches its first link (after the parts
      // of the hover before the card, such as a diagnostic), Enter follows it.
      await keys('Control+K', 'Control+I');
      await page.waitForFunction(() => document.activeElement?.closest('.monaco-hover'), null, { timeout: WAIT });
      const visited = [];
      for (let tabs = 0; tabs < 6 && visited.at(-1) !== 'Open passage'; tabs++) {
        await keys('Tab');
        visited.push(await page.evaluate(() => (document.activeElement?.closest('.monaco-hover') ? document.activeElement.textContent : '(left the hover)')));
      }
      assert(visited.at(-1) === 'Open passage', `Tab in the hover card should reach "Open passage", focus went to ${JSON.stringify(visited)}`);
      await keys('Enter');
      const seedTab = page.locator('.part.editor .tab.active[data-resource-name$=".txt"]');
      await seedTab.waitFor({ timeout: WAIT });
      await keys('Control+W');
      await page.locator('.part.editor .tab.active[data-resource-name="draft.md"]').waitFor({ timeout: WAIT });

      // Insert Citation's key (Ctrl+Alt+C) at the end of the line, picked by typing and Enter.
      await keys('End', 'Control+Alt+C');
      const input = page.locator('.quick-input-widget input[placeholder="Search sources and passages to cite"]');
      await input.waitFor({ timeout: WAIT });
      await page.keyboard.type(PICK_FILTER);
      await wb
        .quickPickFocusedRow()
        .filter({ hasText: PICK_FILTER })
        .filter({ hasText: `@${CITE_KEY}` })
        .waitFor({ timeout: WAIT });
      await keys('Enter');
      // The cursor ends after the inserted mark, and the draft is modified; Ctrl+Z undoes both.
      const at = (c) => wb.statusBarItem(new RegExp(`^\\s*Ln ${row}, Col ${c}\\s*$`));
      const endCol = lines[row - 1].length + 1;
      const dirty = page.locator('.part.editor .tab.active.dirty[data-resource-name="draft.md"]');
      await at(endCol + `[@${CITE_KEY}]`.length).waitFor({ timeout: WAIT });
      await dirty.waitFor({ timeout: WAIT });
      await keys('Control+Z');
      await at(endCol).waitFor({ timeout: WAIT });
      await dirty.waitFor({ state: 'detached', timeout: WAIT });

      // Focus the Sources view from the command palette; arrows move through and open rows.
      await wb.runCommand('Groundwork: Focus on Sources View');
      const sources = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Sources/ }) });
      const focusedRow = sources.locator('.monaco-list-row.focused');
      await page.waitForFunction(() => document.activeElement?.closest('.part.sidebar .monaco-list'), null, { timeout: WAIT });
      // A tree refresh (the index or the active editor changed) can swallow a key press
      // while the rows are re-rendered, so a move that did not happen is tried again.
      let retries = 0;
      const move = async (key, expected) => {
        for (let tries = 1; ; tries++, retries++) {
          const before = await focusedRow
            .first()
            .innerText()
            .catch(() => '');
          await keys(key);
          try {
            await expected.waitFor({ timeout: 8_000 });
            return;
          } catch (err) {
            const after = await focusedRow
              .first()
              .innerText()
              .catch(() => '');
            if (tries >= 3 || after !== before) throw err;
          }
        }
      };
      await move('Home', focusedRow.filter({ hasText: SEED_TITLES[0] }));
      await move('ArrowDown', focusedRow.filter({ hasText: SEED_TITLES[1] }));
      if ((await focusedRow.getAttribute('aria-expanded')) !== 'true') {
        await move('ArrowRight', sources.locator('.monaco-list-row.focused[aria-expanded="true"]'));
      }
      await sources.locator('.monaco-list-row[aria-level="2"]').first().waitFor({ timeout: WAIT });
      const child = sources.locator('.monaco-list-row.focused[aria-level="2"]');
      await move('ArrowDown', child);
      const person = await child.locator('.label-name').innerText();
      await keys('Escape');
      return `reached "${person}" under the cited source${retries ? ` (${retries} key press(es) repeated)` : ''}`;
    },
  },
  {
    name: 'the Getting Started walkthrough lists its four steps and shows the side bar screenshot',
    async run({ wb, page, screenshot }) {
      await openDraft(wb);
      await wb.runCommand('Welcome: Open Walkthrough...');
      await wb.pick(WALKTHROUGH);
      const steps = page.locator('.part.editor .getting-started-step');
      for (const title of WALKTHROUGH_STEPS) await steps.filter({ hasText: title }).first().waitFor({ timeout: WAIT });
      // The open step's media is walkthrough Markdown rendered in a webview, with the
      // screenshot from media/screenshots/ loaded by a path relative to it.
      const deadline = Date.now() + WAIT;
      let size;
      while (!size && Date.now() < deadline) {
        for (const frame of page.frames()) {
          size = await frame
            .evaluate(() => {
              const img = document.querySelector('img[src*="sidebar.png"]');
              return img?.complete && img.naturalWidth > 0 ? `${img.naturalWidth}×${img.naturalHeight}` : undefined;
            })
            .catch(() => undefined);
          if (size) break;
        }
        if (!size) await new Promise((r) => setTimeout(r, 200));
      }
      assert(size, 'the "Add your sources" step should show media/screenshots/sidebar.png');
      await screenshot('walkthrough.png');
      await page.keyboard.press('Control+W');
      await steps.first().waitFor({ state: 'detached', timeout: WAIT });
      return `sidebar.png shown at ${size}`;
    },
  },
  {
    name: 'Check Draft shows the planted errors of the demo draft in the Problems panel, with a quick fix',
    async run({ wb, page, screenshot }) {
      await wb.openFromExplorer('fact-check.md', { expectLine: /Belousuv/ });
      await wb.statusBarItem(STATUS).waitFor({ timeout: 20_000 });
      await wb.runCommand('Groundwork: Check Draft Against Sources');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'Misquote' }).first().waitFor({ timeout: WAIT });
      await rows.filter({ hasText: 'No Kwang Choi' }).first().waitFor({ timeout: WAIT });
      const texts = (await rows.allInnerTexts()).join('\n');
      for (const part of [
        'Misquote',
        'The source says',
        'No Kwang Choi',
        'Vladmir Putin',
        '@ap-2024-11-29-belusov',
        'appears in no source',
        'Russian Defense ministry',
      ]) {
        assertIncludes(texts, part, 'the Problems panel');
      }
      await screenshot('problems-panel.png');
      // Keyboard only: the misquote's row opens the draft at it, Ctrl+. offers the source's words.
      await rows.filter({ hasText: 'Misquote' }).first().click();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with the words of @ap-2024-11-29-belousov' });
      await fix.first().waitFor({ timeout: WAIT });
      await screenshot('misquote-fix.png', { around: [page.locator('.part.editor'), page.locator('.part.panel')], margin: 0 });
      await page.keyboard.press('Escape');
    },
  },
];
