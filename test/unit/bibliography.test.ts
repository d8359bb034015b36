import * as assert from 'node:assert/strict';
import { parseBibliography } from '../../src/core/bibliography';
import { formatBibliography } from '../../src/core/bibliography-export';
import { toCsl } from '../../src/core/csl';
import { seedCorpus } from './fixtures';

// The shape of a Zotero / Better BibTeX export: a comment, BibLaTeX fields, a braced organisation author.
const ZOTERO_BIB = `% Exported by Better BibTeX
@article{kim2024shoigu,
  title = {Shoigu Visits {Pyongyang} Again},
  author = {Kim, Tong-Hyung and {Yonhap News Agency}},
  journaltitle = {The Associated Press},
  date = {2024-09-13},
  url = {https://apnews.com/article/shoigu},
}

@online{lee2023summit,
  title = {Putin and {Kim} Meet at {Vostochny}},
  author = {Lee, Hyung-Jin},
  year = {2023},
  organization = {Reuters},
}
`;

describe('bibliography files: reading', () => {
  it('reads a Better BibTeX export: keys, title, authors, outlet, date, url and line', () => {
    const bib = parseBibliography('refs.bib', ZOTERO_BIB)!;
    assert.deepEqual(bib.errors, []);
    assert.deepEqual(
      bib.entries.map((e) => e.key),
      ['kim2024shoigu', 'lee2023summit'],
    );
    const [kim, lee] = bib.entries;
    assert.equal(kim.title, 'Shoigu Visits Pyongyang Again');
    assert.deepEqual(kim.authors, ['Tong-Hyung Kim', 'Yonhap News Agency']);
    assert.deepEqual(kim.families, ['Kim', 'Yonhap News Agency']);
    assert.equal(kim.outlet, 'The Associated Press');
    assert.equal(kim.date, '2024-09-13');
    assert.equal(kim.url, 'https://apnews.com/article/shoigu');
    assert.equal(kim.line, 2);
    assert.equal(lee.date, '2023');
    assert.equal(lee.line, 10);
  });

  it('keeps the readable entries of a file with a broken one, and names the broken entry and its line', () => {
    const broken = ZOTERO_BIB.replace('title = {Putin and {Kim} Meet at {Vostochny}},', 'title = {Putin and {Kim Meet,');
    const bib = parseBibliography('refs.bib', broken)!;
    assert.deepEqual(
      bib.entries.map((e) => e.key),
      ['kim2024shoigu'],
    );
    assert.equal(bib.errors.length, 1);
    assert.match(
      bib.errors[0],
      /^refs\.bib:10: entry @online\{lee2023summit\} is not valid BibTeX \(expected .+ at line \d+ column \d+\); its key is skipped$/,
    );
  });

  it('reads CSL-JSON (our own export) and recognises it by content', () => {
    const text = formatBibliography(seedCorpus().sources.map(toCsl), 'csl');
    const bib = parseBibliography('exported-refs.json', text)!;
    assert.deepEqual(bib.errors, []);
    const ap = bib.entries.find((e) => e.key === 'ap-2024-11-29-belousov')!;
    assert.equal(ap.outlet, 'The Associated Press');
    assert.equal(ap.date, '2024-11-29');
  });

  it('ignores JSON that is not CSL-JSON, and reports CSL-JSON that is broken or has items without an id', () => {
    assert.equal(parseBibliography('package.json', '{"name": "groundwork", "version": "1.0.0"}'), undefined);
    assert.equal(parseBibliography('data.json', '[1, 2, 3]'), undefined);
    assert.equal(parseBibliography('tsconfig.json', '{ "compilerOptions": { // comment\n } }'), undefined);
    assert.equal(parseBibliography('notes.txt', '@book{a, title={T}}'), undefined);
    const truncated = parseBibliography('refs.json', '[{"id": "a", "type": "book", "title": "T"},')!;
    assert.deepEqual(truncated.entries, []);
    assert.match(truncated.errors[0], /^refs\.json: not valid JSON, so no citation keys were read from it \(/);
    const noId = parseBibliography('refs.json', '[{"id": "a", "type": "book", "title": "T"}, {"type": "book", "title": "Nameless"}]')!;
    assert.deepEqual(
      noId.entries.map((e) => e.key),
      ['a'],
    );
    assert.deepEqual(noId.errors, ['refs.json: item 2 (Nameless) has no "id", so it cannot be cited']);
  });
});

describe('bibliography export', () => {
  const items = () => seedCorpus().sources.map(toCsl);

  it('writes BibTeX that keeps Groundwork keys and reads back to the same titles, outlet and year', () => {
    const bibtex = formatBibliography(items(), 'bibtex');
    assert.match(bibtex, /^@article\{ap-2024-11-29-belousov,$/m);
    assert.match(bibtex, /^\tjournal = \{The Associated Press\},$/m);
    const back = parseBibliography('refs.bib', bibtex)!;
    assert.deepEqual(back.errors, []);
    const ap = back.entries.find((e) => e.key === 'ap-2024-11-29-belousov')!;
    assert.equal(ap.outlet, 'The Associated Press');
    assert.equal(ap.date?.slice(0, 4), '2024');
    assert.match(ap.title!, /^Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for/);
  });

  it('writes BibLaTeX with the full date', () => {
    assert.match(formatBibliography(items(), 'biblatex'), /^\tdate = \{2024-11-29\},$/m);
  });

  it('writes RIS records with whole keys and unbroken long titles', () => {
    const ris = formatBibliography(items(), 'ris');
    const records = ris.trim().split(/\n\n/);
    assert.equal(records.length, 2);
    assert.ok(records.every((r) => r.startsWith('TY  - NEWS\n') && /\nER {2}-$/.test(r.trim())));
    assert.match(ris, /^ID {2}- ap-2024-11-29-belousov$/m);
    assert.match(ris, /^JF {2}- The Associated Press$/m);
    assert.match(ris, /^Y1 {2}- 2024\/11\/29\/$/m);
    assert.match(ris, /^T1 {2}- Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…$/m);
    assert.ok(
      ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)),
      'every line is a tagged field',
    );
  });

  it('writes a newspaper article’s authors (A1)', () => {
    const ris = formatBibliography([{ id: 'k', type: 'article-newspaper', title: 'T', author: [{ family: 'Kim', given: 'Tong-Hyung' }] }], 'ris');
    assert.match(ris, /^A1 {2}- Kim, Tong-Hyung$/m);
  });
});
