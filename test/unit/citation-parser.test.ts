import * as assert from 'node:assert/strict';
import { assertLinear } from './growth';
import { scanMarkdown } from '../../src/core/pandoc-citations';

const keys = (text: string) => scanMarkdown(text).citations.map((c) => c.key);

describe('Pandoc citation parser: what pandoc reads as a citation', () => {
  it('ends a key before repeated punctuation, as pandoc does', () => {
    assert.deepEqual(keys('@doe99--the leading authority, @doe99...and @Foo_bar--baz'), ['doe99', 'doe99', 'Foo_bar']);
  });

  it('honours escapes, e-mail addresses and words before the @', () => {
    assert.deepEqual(keys('Write to \\@jdoe, josé@example.com, word.@doe, see \\[^1]'), []);
    assert.deepEqual(keys('x_@key and (@paren)'), ['key', 'paren']);
  });

  it('skips code, math, raw HTML and TeX, comments and link targets', () => {
    const text =
      '`@a` ``@b`` $@c$ $$@d$$ <!-- @e --> <a href="@f"> \\cite{@g} [x](http://h/@h) <http://i/@i>\n\n    @j\n\n<pre>\n@k\n</pre>\n\n```\n@l\n````\n\n[@real]';
    assert.deepEqual(keys(text), ['real']);
  });

  it('reads braced and one-letter keys, modes, prefixes and suffixes', () => {
    const [a, b, c, d] = scanMarkdown('[see @{https://x.org/a}, p. 3; -@b] and @c [ch. 2] and [@d]').citations;
    assert.deepEqual([a.key, a.mode, a.prefix, a.suffix], ['https://x.org/a', 'normal', 'see', ', p. 3']);
    assert.deepEqual([b.key, b.mode], ['b', 'suppress-author']);
    assert.deepEqual([c.key, c.mode, c.suffix], ['c', 'author-in-text', 'ch. 2']);
    assert.equal(d.key, 'd');
  });

  it('reads citations in a referenced footnote, and not in one nothing refers to', () => {
    const scan = scanMarkdown('Text.[^1]\n\n[^1]: See [@doe99].\n\n[^2]: Never referenced [@lost].\n');
    assert.deepEqual(
      scan.citations.map((c) => [c.key, c.note]),
      [['doe99', '1']],
    );
  });

  it('keeps a stray backtick to its paragraph, and a longer fence closes a fence', () => {
    assert.deepEqual(keys('A stray ` here.\n\nNext [@a].\n\n```\n@b\n`````\n\nAfter [@c].'), ['a', 'c']);
  });

  it('does not read example-list labels as citations', () => {
    assert.deepEqual(keys('(@ex) An example.\n\nAs (@ex) shows, @ex and [@other].'), ['other']);
  });
});

const ADVERSARIAL: Record<string, (n: number) => string> = {
  'backtick runs of every length': (n) => Array.from({ length: Math.floor(Math.sqrt(2 * n)) }, (_, i) => '`'.repeat(i + 1)).join(' '),
  'one huge backtick run': (n) => '`'.repeat(n),
  'backtick, letter, repeated': (n) => '`a'.repeat(n / 2),
  'repeated [^': (n) => '[^'.repeat(n / 2),
  'nested unclosed brackets with keys': (n) => '[@a '.repeat(n / 4),
  'repeated @{': (n) => '@{a'.repeat(n / 3),
  'repeated $': (n) => '$a '.repeat(n / 3),
  'repeated <!--': (n) => '<!-- '.repeat(n / 5),
  'repeated ](': (n) => '[a](b'.repeat(n / 5),
  'repeated \\cite{': (n) => '\\x{'.repeat(n / 3),
  'a fence closed by a longer fence': (n) => '```\n' + 'x\n'.repeat(n / 2) + '````\n',
  'unclosed fences of falling length': (n) =>
    Array.from({ length: Math.floor(Math.sqrt(n)) }, (_, i) => '`'.repeat(Math.floor(Math.sqrt(n)) - i + 3)).join('\ntext\n'),
  'stray backtick then paragraphs': (n) => '` ' + 'para [@a] `x`\n\n'.repeat(n / 16),
  'unclosed <pre> lines': (n) => '<pre>\n'.repeat(n / 6),
  'nested [^ pairs': (n) => '[^'.repeat(n / 4) + ']'.repeat(n / 4),
  'citations nested in prefixes': (n) => '[x '.repeat(n / 8) + '@a] '.repeat(n / 8),
  'one long group': (n) => `[${'@a; '.repeat(n / 4)}@b]`,
  'keys each before a bracket': (n) => '@a ['.repeat(n / 4),
  footnotes: (n) => Array.from({ length: n / 40 }, (_, i) => `Text.[^${i}]\n\n[^${i}]: See [@k${i}].\n`).join('\n'),
};

// Inputs that are all citations make one object each (the result): at 90 KB the collector's
// share, not the scan, decides the time on a busy machine, so these are timed from 30 KB.
const ALL_CITATIONS = new Set(['nested unclosed brackets with keys', 'keys each before a bracket', 'one long group', 'citations nested in prefixes']);

describe('Pandoc citation parser: linear on adversarial input (twice the input, at most three times the time)', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      assertLinear(
        name,
        (n) => {
          const text = make(n);
          return () => scanMarkdown(text);
        },
        ALL_CITATIONS.has(name) ? 30_000 : 90_000,
      );
    });
  }
});
