import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { formatBibliography } from '../../src/core/bibliography-export';
import { buildCorpus } from '../../src/core/corpus';
import { toCsl, type CslItem } from '../../src/core/csl';
import { input } from './fixtures';

const HOSTILE_TITLE = 'Emoji 😀 costs $5_000 {braces} and } unbalanced \\input{/etc/passwd} 100% & # ~ ^ “curly” … ü';

/** A clipping whose every field is hostile, as a user's source would carry it. */
function hostileItem(): CslItem {
  const md = [
    '---',
    `title: ${JSON.stringify(`${HOSTILE_TITLE}\n}, author = {Injected}}\n@article{ap-2024-11-29-belousov, title = {Fake}`)}`,
    `outlet: ${JSON.stringify('The $ Times_{x} & Co.')}`,
    'date: 2024-11-29',
    `url: ${JSON.stringify('https://example.com/a_b?x=1&y=%20#frag')}`,
    `authors: ${JSON.stringify(['\\input{/etc/passwd} Staff}', 'Pat O}Brien', 'Ann and Bob Smith'])}`,
    'key: hostile-2024',
    '---',
    '',
    'The body of the clipping.',
  ].join('\n');
  return toCsl(buildCorpus([input('/clips/hostile.md', md)]).sources[0]);
}

function pandocCsl(bib: string, from: 'bibtex' | 'biblatex'): Array<Record<string, unknown>> {
  const r = spawnSync('pandoc', ['-f', from, '-t', 'csljson'], { input: bib, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  return JSON.parse(r.stdout);
}

describe('hostile input: bibliography export', () => {
  for (const format of ['bibtex', 'biblatex'] as const) {
    it(`findings 4 and 16: every ${format} field, emoji, $, _, braces and TeX commands included, comes back from pandoc as written, in one entry`, () => {
      const item = hostileItem();
      const bib = formatBibliography([item], format);
      const back = pandocCsl(bib, format);
      assert.equal(back.length, 1, `one entry, none injected:\n${bib}`);
      const [entry] = back;
      assert.equal(entry.id, 'hostile-2024');
      assert.equal(entry.title, item.title.replace(/\s+/g, ' '));
      assert.equal(entry['container-title'], item['container-title']);
      assert.equal(entry.URL, item.URL);
      assert.deepEqual(entry.author, [
        { literal: '\\input{/etc/passwd} Staff}' },
        { family: 'O}Brien', given: 'Pat' },
        { family: 'Smith', given: 'Ann and Bob' },
      ]);
      assert.ok(!/\\input\{/.test(bib), 'no TeX command goes out raw');
    });
  }

  it('finding 4: a URL with characters that would end the value goes out percent-encoded, the same address', () => {
    const item = { ...hostileItem(), URL: 'https://example.com/a}b\\c d{e' };
    const [entry] = pandocCsl(formatBibliography([item], 'biblatex'), 'biblatex');
    assert.equal(entry.URL, 'https://example.com/a%7Db%5Cc%20d%7Be');
    assert.equal(decodeURIComponent(entry.URL as string), item.URL);
  });

  it('finding 4: an item whose key is not a citation key is refused, not written as a label', () => {
    for (const id of ['evil}, title={x}}\n@article{real', 'a b', 'x%y', '']) {
      assert.throws(() => formatBibliography([{ ...hostileItem(), id }], 'bibtex'), /not a citation key/);
    }
  });
});
