// Page helpers for driving the code-server workbench through Playwright.
// Selectors and the habits that held in repeated runs are in shared/REAL-VSCODE.md
// ("UI tests through the page"): open files from the explorer, match editor text
// with regexes (spaces render as &nbsp;), move the mouse in steps to hover.

/** Default wait for things the workbench shows in response to an action. */
export const WAIT = 10_000;

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  async ready() {
    await this.page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 30_000 });
    await this.page.locator('.part.statusbar').waitFor({ timeout: 30_000 });
  }

  /** The Explorer row of a file at the top of the workspace. */
  explorerRow(name) {
    return this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  }

  /** The tab of an open editor. */
  tab(name) {
    return this.page.locator(`.part.editor .tabs-container .tab[data-resource-name="${name}"]`).first();
  }

  /** The rendered lines of the visible text editor(s). */
  editorLines() {
    return this.page.locator('.part.editor .monaco-editor .view-line');
  }

  /** The first rendered editor line whose text matches re (spaces are U+00A0 in the DOM). */
  editorLine(re) {
    return this.editorLines().filter({ hasText: re }).first();
  }

  /** Opens a file by clicking its Explorer row, unless it is already the active editor. */
  async openFromExplorer(name, { expectLine } = {}) {
    const activeTab = this.page.locator(`.part.editor .tab.active[data-resource-name="${name}"]`);
    if (!(await activeTab.isVisible())) {
      const row = this.explorerRow(name);
      if (!(await row.isVisible())) {
        // The Explorer is not the visible side bar view: bring it back.
        await this.runCommand('View: Show Explorer');
        await row.waitFor({ timeout: WAIT });
      }
      await row.click();
      await activeTab.waitFor({ timeout: WAIT });
    }
    if (expectLine) await this.editorLine(expectLine).waitFor({ timeout: WAIT });
  }

  /** A status bar entry whose text matches re. */
  statusBarItem(re) {
    return this.page.locator('.part.statusbar .statusbar-item', { hasText: re }).first();
  }

  /** The quick input (command palette, quick picks). */
  quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  quickInputBox() {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  /** The focused (highlighted) row of the open quick pick. */
  quickPickFocusedRow() {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
  }

  /** Runs a command from the command palette by its title: F1, type, Enter. */
  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const box = this.quickInputBox();
    await box.waitFor({ timeout: WAIT });
    await box.fill(`>${title}`);
    await this.focusItem(title);
    await this.page.keyboard.press('Enter');
  }

  /** In the open quick pick: types `filter`, focuses the item labelled exactly `label`, accepts it. */
  async pick(label, filter = label) {
    await this.quickInputBox().fill(filter);
    await this.focusItem(label);
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden', timeout: WAIT });
  }

  /**
   * Waits until the quick pick has filtered down to the item labelled exactly `label`,
   * then moves the focus onto it with the arrow keys (a longer label may rank first).
   */
  async focusItem(label) {
    const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const target = rows.filter({ has: this.page.locator('.label-name', { hasText: exact }) }).first();
    await target.waitFor({ timeout: WAIT });
    for (let moves = 0; !(await target.evaluate((el) => el.classList.contains('focused'))); moves++) {
      if (moves >= 20) throw new Error(`could not focus "${label}" in the quick pick`);
      await this.page.keyboard.press('ArrowDown');
    }
  }

  /**
   * Screen coordinates of the middle of the first match of re in an editor line,
   * from the rendered text nodes (a line is split into token spans).
   */
  async wordCenter(lineLocator, re) {
    return lineLocator.evaluate(
      (el, { source, flags }) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n, start: text.length });
          text += n.nodeValue;
        }
        const m = new RegExp(source, flags).exec(text.replace(/\u00a0/g, ' '));
        if (!m) return null;
        const at = (offset) => {
          const hit = nodes.findLast((x) => x.start <= offset);
          return [hit.node, offset - hit.start];
        };
        const range = document.createRange();
        range.setStart(...at(m.index));
        range.setEnd(...at(m.index + m[0].length - 1));
        // The end node's last char: extend by one within that node.
        range.setEnd(range.endContainer, range.endOffset + 1);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (!rects.length) return null;
        const left = Math.min(...rects.map((r) => r.left));
        const right = Math.max(...rects.map((r) => r.right));
        const top = Math.min(...rects.map((r) => r.top));
        const bottom = Math.max(...rects.map((r) => r.bottom));
        return { x: (left + right) / 2, y: (top + bottom) / 2, width: right - left };
      },
      { source: re.source, flags: re.flags.replace('g', '') },
    );
  }

  /** Drags the sash on the side bar's right edge until the side bar is about `width` px wide. */
  async resizeSideBar(width) {
    const sidebar = this.page.locator('.part.sidebar');
    const box = await sidebar.boundingBox();
    if (!box || Math.abs(box.width - width) < 2) return;
    const edge = box.x + box.width;
    const sash = await this.page.evaluate(
      ({ edge, top, bottom }) => {
        for (const el of document.querySelectorAll('.monaco-sash.vertical')) {
          const r = el.getBoundingClientRect();
          const mid = (r.left + r.right) / 2;
          if (r.width > 0 && Math.abs(mid - edge) <= 4 && r.top <= top + 1 && r.bottom >= bottom - 1) {
            return { x: mid, y: (r.top + r.bottom) / 2 };
          }
        }
        return null;
      },
      { edge, top: box.y, bottom: box.y + box.height },
    );
    if (!sash) throw new Error('no sash found on the side bar edge');
    await this.page.mouse.move(sash.x, sash.y);
    await this.page.mouse.down();
    await this.page.mouse.move(sash.x + (width - box.width), sash.y, { steps: 5 });
    await this.page.mouse.up();
    await this.page.mouse.move(sash.x + (width - box.width) + 200, sash.y, { steps: 2 }); // off the sash's highlight
    await this.page.waitForFunction((w) => Math.abs(document.querySelector('.part.sidebar').getBoundingClientRect().width - w) < 20, width, { timeout: WAIT });
  }

  /** Visible notification toasts' texts. */
  async toastTexts() {
    return this.page.locator('.notifications-toasts .notification-toast:visible').allInnerTexts();
  }

  /** Closes any notification toasts so they do not cover what a screenshot should show. */
  async clearToasts() {
    if ((await this.toastTexts()).length === 0) return [];
    const texts = await this.toastTexts();
    await this.runCommand('Notifications: Clear All Notifications');
    await this.page.locator('.notifications-toasts .notification-toast:visible').first().waitFor({ state: 'hidden', timeout: WAIT });
    return texts;
  }
}

/**
 * The WCAG contrast ratio of the text of the element `locator` points at against what
 * is painted behind it: the backgrounds of its ancestors composited from the page down,
 * and the text colour composited over that with its alpha and the ancestors' opacity.
 */
export async function textContrast(locator) {
  // Let fade-ins on the element and its ancestors (the hover card fades in) finish first.
  await locator.evaluate((el) => {
    const running = [];
    for (let e = el; e; e = e.parentElement) running.push(...e.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity));
    return Promise.all(running.map((a) => a.finished));
  });
  return locator.evaluate((el) => {
    const rgba = (css) => {
      let m = /^rgba?\(([^)]*)\)$/.exec(css);
      if (m) {
        const [r, g, b, a = 1] = m[1]
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return { r, g, b, a };
      }
      m = /^color\(srgb ([^)]*)\)$/.exec(css);
      if (m) {
        const [r, g, b, a = 1] = m[1]
          .split(/[\s/]+/)
          .filter(Boolean)
          .map(Number);
        return { r: r * 255, g: g * 255, b: b * 255, a };
      }
      throw new Error(`unreadable colour ${css}`);
    };
    const over = (top, under) => ({
      r: top.r * top.a + under.r * (1 - top.a),
      g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a),
      a: 1,
    });
    const chain = [];
    for (let e = el; e; e = e.parentElement) chain.unshift(e);
    let behind = { r: 255, g: 255, b: 255, a: 1 };
    let opacity = 1;
    for (const e of chain) {
      const style = getComputedStyle(e);
      behind = over(rgba(style.backgroundColor), behind);
      opacity *= Number(style.opacity);
    }
    const fg = rgba(getComputedStyle(el).color);
    const text = over({ ...fg, a: fg.a * opacity }, behind);
    const luminance = ({ r, g, b }) => {
      const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const [hi, lo] = [luminance(text), luminance(behind)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  });
}
