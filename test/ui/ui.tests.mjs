// The UI tests: what the workbench page shows with Groundwork loaded.
// Each test gets { wb, page, workspace, screenshot } from run-ui.mjs and throws on failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WAIT } from './workbench.mjs';

const CITE_KEY = 'ap-2024-11-29-belousov';
const PICK_FILTER = 'red carpet';
const SEED_TITLES = [
  'Russian Defense Minister in North Korea for military talks',
  'Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for',
];
const STATUS = /\d+ sources? · \d+ people/;

/** Opens draft.md from the Explorer and waits until Groundwork has indexed (status bar). */
async function openDraft(wb) {
  await wb.openFromExplorer('draft.md', { expectLine: /No.Kwang.Chol/ });
  // The extension activates on Markdown; its status bar item shows the counts once indexed.
  await wb.statusBarItem(STATUS).waitFor({ timeout: 20_000 });
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
      const line = wb.editorLine(/No.Kwang.Chol/);
      const hover = page.locator('.monaco-hover-content:visible', { hasText: 'North Korean Defense Minister' }).first();
      // Move onto the word in steps, as a user would; try again from off the word
      // if the first hover was a different one (e.g. shown before providers were ready).
      let attempts = 0;
      for (;;) {
        attempts++;
        const at = await wb.wordCenter(line, /No Kwang Chol/);
        assert(at, 'could not locate "No Kwang Chol" in the rendered editor line');
        await page.mouse.move(at.x, at.y - 60, { steps: 2 });
        await page.mouse.move(at.x, at.y, { steps: 5 });
        try {
          await hover.waitFor({ timeout: attempts < 3 ? 4_000 : WAIT });
          break;
        } catch (err) {
          if (attempts >= 3) throw err;
        }
      }
      const text = (await page.locator('.monaco-hover-content:visible').allInnerTexts()).join('\n');
      assertIncludes(text, 'No Kwang Chol', 'hover card');
      assertIncludes(text, 'North Korean Defense Minister', 'hover card');
      assertIncludes(text, 'mentions in 2 sources', 'hover card');
      assertIncludes(text, 'Associated Press', 'hover card');
      assertIncludes(text, 'Insert citation', 'hover card');
      await screenshot('hover-card.png');
      // Leave the hover: move away and let it close.
      await page.mouse.move(5, 5, { steps: 3 });
      await page.keyboard.press('Escape');
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
      const row = wb.quickPickFocusedRow().filter({ hasText: PICK_FILTER }).filter({ hasText: `@${CITE_KEY}` });
      await row.waitFor({ timeout: WAIT });
      await screenshot('citation-picker.png');
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
        assert(texts.some((t) => t.includes(title)), `Sources should list "${title}", got:\n${texts.join('\n')}`);
      }
      assert(
        texts.some((t) => t.includes('The Associated Press · 2024-11-29')),
        `a Sources row should say "The Associated Press · 2024-11-29", got:\n${texts.join('\n')}`,
      );
      // The People view is there too.
      await page.locator('.part.sidebar .pane-header', { hasText: /^\s*People/ }).waitFor({ timeout: WAIT });
      // Widen the side bar so the titles are readable in the screenshot.
      await wb.resizeSideBar(820);
      await screenshot('sidebar.png');
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
    name: 'Check Draft shows the planted errors of the demo draft in the Problems panel, with a quick fix',
    async run({ wb, page, screenshot }) {
      await wb.openFromExplorer('fact-check.md', { expectLine: /Belousuv/ });
      await wb.statusBarItem(STATUS).waitFor({ timeout: 20_000 });
      await wb.runCommand('Groundwork: Check Draft Against Sources');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'Misquote' }).first().waitFor({ timeout: WAIT });
      await rows.filter({ hasText: 'No Kwang Choi' }).first().waitFor({ timeout: WAIT });
      const texts = (await rows.allInnerTexts()).join('\n');
      for (const part of ['Misquote', 'The source says', 'No Kwang Choi', 'Vladmir Putin', '@ap-2024-11-29-belusov', 'appears in no source', 'Russian Defense ministry']) {
        assertIncludes(texts, part, 'the Problems panel');
      }
      await screenshot('problems-panel.png');
      // Keyboard only: the misquote's row opens the draft at it, Ctrl+. offers the source's words.
      await rows.filter({ hasText: 'Misquote' }).first().click();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with the words of @ap-2024-11-29-belousov' });
      await fix.first().waitFor({ timeout: WAIT });
      await screenshot('misquote-fix.png');
      await page.keyboard.press('Escape');
    },
  },
];
