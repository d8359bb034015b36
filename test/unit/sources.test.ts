import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../src/core/corpus';
import { parseSource } from '../../src/core/parse-source';
import { AP, input, seedCorpus, WIRE } from './fixtures';

describe('sources: the seed articles', () => {
  const corpus = seedCorpus();
  const wire = corpus.sources.find((s) => s.path === WIRE)!;
  const ap = corpus.sources.find((s) => s.path === AP)!;

  it('reads both seeds without errors', () => {
    assert.equal(corpus.sources.length, 2);
    assert.deepEqual(
      corpus.sources.map((s) => s.errors),
      [[], []],
    );
  });

  it('takes the headline of the first seed as its title, and finds none in the second', () => {
    assert.equal(wire.meta.title, 'Russian Defense Minister in North Korea for military talks');
    assert.equal(ap.meta.title, undefined);
  });

  it('reads date, dateline place and outlet from the AP copy', () => {
    assert.equal(ap.meta.date, '2024-11-29');
    assert.equal(ap.meta.place, 'SEOUL, South Korea');
    assert.equal(ap.meta.outlet, 'The Associated Press');
  });

  it('gives readable, unique citation keys of outlet, date and subject', () => {
    assert.equal(ap.key, 'ap-2024-11-29-belousov');
    assert.match(wire.key, /^[a-z0-9-]+$/);
    assert.match(wire.key, /belousov/);
    assert.notEqual(wire.key, ap.key);
  });

  it('drops paywall lines, the date marker, the dateline and the copyright footer from passages', () => {
    const all = corpus.sources.flatMap((s) => s.passages.map((p) => p.text)).join('\n');
    for (const gone of ['Subscribe Now', 'Start Free Account', 'Already a Subscriber', 'date 2024-11-29', '(AP) —', 'Copyright 2024', 'All rights reserved']) {
      assert.ok(!all.includes(gone), `${gone} should not be in any passage`);
    }
    assert.ok(ap.passages[0].text.startsWith('Russian Defense Minister Andrei Belousov arrived'));
  });

  it('keeps photo captions apart from the body, with their credits', () => {
    const captions = corpus.sources.flatMap((s) => s.passages.filter((p) => p.kind === 'caption'));
    assert.equal(captions.length, 2);
    assert.ok(captions[0].text.startsWith('North Korean Defense Minister No Kwang Chol tours'));
    assert.ok(!captions.some((c) => c.text.includes('Getty Images') || c.text.includes('via AP')));
    assert.deepEqual(wire.meta.credits, ['Kirill Kudryavtsev/AFP via Getty Images/TNS']);
    assert.deepEqual(ap.meta.credits, ['Russian Defense Press Service via AP']);
    const body = corpus.sources
      .flatMap((s) => s.passages.filter((p) => p.kind === 'body'))
      .map((p) => p.text)
      .join('\n');
    assert.ok(!body.includes('In this photo taken from a video'));
  });

  it('gives passages and sentences offsets and positions that point at the exact source text', () => {
    for (const source of corpus.sources) {
      const file = readFileSync(source.path, 'utf8');
      const lines = file.split('\n');
      for (const p of source.passages) {
        assert.equal(file.slice(p.start, p.end), p.text);
        assert.equal(lines[p.line - 1].slice(p.column - 1, p.column - 1 + 20), p.text.slice(0, 20));
        for (const s of p.sentences) assert.equal(file.slice(s.start, s.end), s.text);
      }
    }
  });

  it('splits sentences without breaking on abbreviations', () => {
    const caption = ap.passages.find((p) => p.kind === 'caption')!;
    assert.equal(caption.sentences.length, 1, 'Nov. 29 does not end the caption sentence');
    const para = wire.passages.find((p) => p.text.startsWith('The U.S. and South Korea'))!;
    assert.equal(para.sentences.length, 1);
    const two = ap.passages.find((p) => p.text.startsWith('Shin said'))!;
    assert.equal(two.sentences.length, 2);
  });
});

describe('sources: formats', () => {
  it('reads Markdown front matter: title, date, outlet, url, authors and key', () => {
    const md = `---\ntitle: Belousov lands in Pyongyang\ndate: 2024-11-29\noutlet: Example Wire\nurl: https://example.com/a\nauthors: [Jane Roe, John Doe]\nkey: roe2024\n---\n\n# Belousov lands in Pyongyang\n\nRussian Defense Minister Andrei Belousov arrived on Friday.\n`;
    const [s] = buildCorpus([input('a.md', md)]).sources;
    assert.equal(s.key, 'roe2024');
    assert.deepEqual(
      { title: s.meta.title, date: s.meta.date, outlet: s.meta.outlet, url: s.meta.url, authors: s.meta.authors },
      { title: 'Belousov lands in Pyongyang', date: '2024-11-29', outlet: 'Example Wire', url: 'https://example.com/a', authors: ['Jane Roe', 'John Doe'] },
    );
    assert.equal(s.passages.length, 1);
    assert.equal(md.slice(s.passages[0].start, s.passages[0].end), 'Russian Defense Minister Andrei Belousov arrived on Friday.');
  });

  it('reads HTML text with a parser: no scripts, entities decoded, offsets into the file', () => {
    const html = `<!doctype html><html><head><title>Talks &amp; tensions</title><meta property="og:site_name" content="Example Post"><meta property="article:published_time" content="2024-11-29T10:00:00Z"><script>var x = "Kim Jong Un";</script></head><body><nav>Home | World</nav><article><h1>Talks &amp; tensions</h1><p>North Korean leader Kim Jong Un met Andrei Belousov.</p><p>Belousov said the talks went well &mdash; officials agreed.</p></article></body></html>`;
    const s = parseSource(input('a.html', html));
    assert.equal(s.meta.title, 'Talks & tensions');
    assert.equal(s.meta.outlet, 'Example Post');
    assert.equal(s.meta.date, '2024-11-29');
    assert.deepEqual(
      s.passages.map((p) => p.text),
      ['North Korean leader Kim Jong Un met Andrei Belousov.', 'Belousov said the talks went well — officials agreed.'],
    );
    assert.equal(html.slice(s.passages[0].start, s.passages[0].end), 'North Korean leader Kim Jong Un met Andrei Belousov.');
    const people = buildCorpus([input('a.html', html)]).people;
    const kim = people.find((p) => p.name === 'Kim Jong Un')!;
    assert.equal(html.slice(kim.mentions[0].start, kim.mentions[0].end), 'Kim Jong Un');
    assert.equal(kim.mentions.length, 1, 'the script text is not read');
  });
});

describe('sources: bad input', () => {
  const good = input('good.txt', 'SEOUL, South Korea (AP) — South Korean President Yoon Suk Yeol spoke on Friday.\n');
  const cases: Array<[string, ReturnType<typeof input>, RegExp]> = [
    ['an empty file', input('empty.txt', ''), /empty file/],
    ['a whitespace-only file', input('blank.md', '  \n\n'), /only whitespace/],
    ['a binary file', input('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])), /binary/],
    ['invalid UTF-8', input('latin1.txt', new Uint8Array([0x4b, 0x69, 0x6d, 0x20, 0xe9, 0x74, 0xe9])), /invalid UTF-8 at byte 4/],
    ['broken front matter', input('broken.md', '---\ntitle: [unclosed\ndate: 2024\n---\nYoon Suk Yeol spoke.\n'), /broken front matter/],
    ['unclosed front matter', input('open.md', '---\ntitle: x\nYoon Suk Yeol spoke.\n'), /never closed/],
    ['a huge file', input('huge.txt', new Uint8Array(6 * 1024 * 1024).fill(0x61)), /over the 5\.0 MB limit/],
  ];
  for (const [name, bad, message] of cases) {
    it(`reports ${name} on that source and still indexes the others`, () => {
      const corpus = buildCorpus([bad, good]);
      const broken = corpus.sources.find((s) => s.path === bad.path)!;
      assert.match(broken.errors.join('; '), message);
      const ok = corpus.sources.find((s) => s.path === 'good.txt')!;
      assert.deepEqual(ok.errors, []);
      assert.ok(corpus.people.some((p) => p.name === 'Yoon Suk Yeol'));
    });
  }

  it('still indexes the body under broken front matter', () => {
    const s = parseSource(input('broken.md', '---\ntitle: [unclosed\n---\nSouth Korean President Yoon Suk Yeol spoke.\n'));
    assert.equal(s.passages.length, 1);
    assert.equal(s.passages[0].text, 'South Korean President Yoon Suk Yeol spoke.');
  });
});
