import * as assert from 'node:assert/strict';
import { parseBibliography } from '../../src/core/bibliography';
import { readFrontMatter } from '../../src/core/front-matter';
import { readHtml } from '../../src/core/html-text';
import { parseSource } from '../../src/core/parse-source';
import { splitSentences } from '../../src/core/sentences';
import { findDate, isPaywallLine, looksLikeHeadline, readCaption, readCopyright, readDateline, readDateMarker } from '../../src/core/wire-copy';
import { input } from './fixtures';
import { assertLinear } from './growth';

// Lines made to make a backtracking pattern go quadratic: long runs of what one part of a
// pattern takes and the next part also takes, with the line ending the way no pattern wants.
const ADVERSARIAL: Record<string, (n: number) => string> = {
  'whitespace run': (n) => `Copyright x${' '.repeat(n)}y`,
  'tabs and spaces': (n) => `SEOUL, S${' \t'.repeat(n / 2)}x`,
  'place then spaces': (n) => `SEOUL, Sa${' '.repeat(n / 2)}(AP)${' '.repeat(n / 2)}x`,
  'dateline then spaces': (n) => `SEOUL (AP)${' '.repeat(n)}x`,
  'capitalised run': (n) => 'A'.repeat(n),
  'capitalised words': (n) => 'AB '.repeat(n / 3),
  'open parentheses': (n) => '('.repeat(n),
  'credit then spaces': (n) => `Caption (Photo via AP)${' '.repeat(n)}x`,
  'spaces then paren': (n) => `${' '.repeat(n)}(xx`,
  dots: (n) => `a${'.'.repeat(n)}`,
  'dot space': (n) => '. '.repeat(n / 2),
  months: (n) => 'Jan '.repeat(n / 4),
  'month then spaces': (n) => `Nov${' '.repeat(n)}x`,
  dashes: (n) => '- '.repeat(n / 2) + 'x',
  'copyright words': (n) => `Copyright 2024 ${'all rights reserved '.repeat(n / 20)}x`,
};

const LINE_READERS: Record<string, (line: string) => unknown> = {
  isPaywallLine,
  readCopyright,
  readDateMarker,
  readDateline,
  readCaption,
  findDate,
  splitSentences,
  looksLikeHeadline: (line) => looksLikeHeadline(line, true),
};

describe('hostile input: linear parsing', () => {
  it('finding 7: every wire-copy and sentence pattern is linear on each adversarial line', function () {
    this.timeout(120_000);
    for (const [reader, read] of Object.entries(LINE_READERS)) {
      for (const [shape, make] of Object.entries(ADVERSARIAL)) {
        assertLinear(
          `${reader} on ${shape}`,
          (n) => {
            const line = make(n);
            return () => read(line);
          },
          100_000,
        );
      }
    }
  });

  it('finding 7: a 400 KB HTML paragraph of whitespace-separated words reads in linear time', () => {
    const page = (n: number) => `<html><body><p>${'word \n\t '.repeat(n / 9)}</p></body></html>`;
    assertLinear(
      'readHtml',
      (n) => {
        const html = page(n);
        return () => readHtml(html);
      },
      200_000,
    );
    const { blocks } = readHtml(page(400_000));
    assert.equal(blocks.length, 1);
    assert.ok(!/\s\s/.test(blocks[0].text), 'whitespace runs fold to one space');
  });

  it('finding 7: whole sources of adversarial lines parse in linear time, as .txt, .md and .html', function () {
    this.timeout(120_000);
    // The shapes that reach the most patterns; the line test above takes every shape to every pattern.
    for (const shape of ['whitespace run', 'tabs and spaces', 'capitalised words', 'credit then spaces', 'dots', 'dashes']) {
      const make = ADVERSARIAL[shape];
      for (const ext of ['txt', 'md', 'html']) {
        assertLinear(
          `parseSource ${ext} on ${shape}`,
          (n) => {
            const source = input(`/s/a.${ext}`, `${make(n)}\n\n${make(n)}\n`);
            return () => parseSource(source);
          },
          300_000,
        );
      }
    }
  });

  it('finding 7: front matter over the cap is skipped with a clear error, and the body is still read', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: v`).join('\n');
    const list = `items:\n${'  - [a, b, c, d]\n'.repeat(300_000)}`;
    for (const yaml of [keys, list]) {
      const text = `---\n${yaml}\n---\nThe body is read.\n`;
      const fm = readFrontMatter(text);
      assert.match(fm.error ?? '', /^front matter is \d+ KB, over the 64 KB limit; its fields are not read$/);
      assert.equal(text.slice(fm.bodyStart), 'The body is read.\n');
      assert.equal(parseSource(input('/s/big.md', text)).passages[0].text, 'The body is read.');
    }
    assertLinear(
      'front matter keys',
      (n) => {
        const text = `---\n${Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n')}\n---\nx\n`;
        return () => readFrontMatter(text);
      },
      2_000,
    );
  });

  it('finding 6: bibliography line mapping is linear in the file, for BibTeX and CSL-JSON', function () {
    this.timeout(120_000);
    const bib = (n: number) => Array.from({ length: n }, (_, i) => `@article{key${i},\n  title = {Title ${i}},\n  year = {2024}\n}\n`).join('\n');
    const csl = (n: number) =>
      JSON.stringify(
        Array.from({ length: n }, (_, i) => ({ id: `key${i}`, type: 'article', title: `Title ${i}` })),
        null,
        1,
      );
    assertLinear(
      '.bib',
      (n) => {
        const text = bib(n);
        return () => parseBibliography('/r.bib', text);
      },
      1_000,
    );
    assertLinear(
      'CSL-JSON',
      (n) => {
        const text = csl(n);
        return () => parseBibliography('/r.json', text);
      },
      1_000,
    );
    const entries = parseBibliography('/r.bib', bib(50))!.entries;
    assert.deepEqual(
      entries.map((e) => e.line),
      Array.from({ length: 50 }, (_, i) => 1 + i * 5),
    );
  });

  it('finding 16: the line of a key that is a prefix of an earlier id is its own line', () => {
    const csl = '[\n  {"id": "smith2004a", "type": "article", "title": "A"},\n  {"id": "smith2004", "type": "article", "title": "B"}\n]\n';
    assert.deepEqual(
      parseBibliography('/r.json', csl)!.entries.map((e) => [e.key, e.line]),
      [
        ['smith2004a', 2],
        ['smith2004', 3],
      ],
    );
    const bib = '@article{smith2004a,\n  title = {A}\n}\n\n@article{smith2004,\n  title = {B, {smith2004}, and more}\n}\n';
    assert.deepEqual(
      parseBibliography('/r.bib', bib)!.entries.map((e) => [e.key, e.line]),
      [
        ['smith2004a', 1],
        ['smith2004', 5],
      ],
    );
  });
});
