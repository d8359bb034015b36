import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { citationMark, footnoteDefinition } from '../../src/core/citations';
import { toCsl } from '../../src/core/csl';
import { buildCorpus } from '../../src/core/corpus';
import { isInside, mayRead, MAX_BIBLIOGRAPHY_BYTES, MAX_INDEXED_TEXT, MAX_SOURCE_BYTES, pathInWorkspace } from '../../src/core/file-rules';
import { isValidKey } from '../../src/core/key-rule';
import { citationPlugin } from '../../src/core/markdown-citations';
import { parseSource } from '../../src/core/parse-source';
import { LineIndex } from '../../src/core/text-position';
import { input } from './fixtures';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

describe('hostile input: sources and files', () => {
  it('finding 2: a bibliography path that leads out of the workspace is refused; one inside it resolves', () => {
    assert.equal(pathInWorkspace('/ws', '/ws/drafts', 'refs.json'), '/ws/drafts/refs.json');
    assert.equal(pathInWorkspace('/ws', '/ws/drafts', '../refs.json'), '/ws/refs.json');
    for (const name of ['../../etc/x.json', '/etc/x.json', 'a/../../../x.json', '..\\..\\x.json', 'C:\\x.json', 'x\0.json']) {
      assert.equal(pathInWorkspace('/ws', '/ws/drafts', name), undefined, name);
    }
    assert.ok(!isInside('/ws', '/wsx/a') && isInside('/ws', '/ws/a/b') && !isInside('/ws', '/ws/../etc'));
  });

  it("finding 3: the editor's read rule takes regular files under the cap only, with the reason for anything else", () => {
    assert.deepEqual(mayRead({ kind: 'file', size: 10 }, MAX_SOURCE_BYTES, 'source'), { read: true });
    for (const kind of ['symlink', 'other', 'directory'] as const) assert.equal(mayRead({ kind, size: 0 }, MAX_SOURCE_BYTES, 'source').read, false);
    const big = mayRead({ kind: 'file', size: MAX_BIBLIOGRAPHY_BYTES + 1 }, MAX_BIBLIOGRAPHY_BYTES, 'bibliography');
    assert.deepEqual(big, { read: false, reason: 'file is 20.0 MB, over the 20.0 MB limit for a bibliography' });
  });

  it('finding 7: a source with more text than the per-source work limit is indexed up to it and says what was left out', function () {
    this.timeout(60_000);
    const paragraph = (i: number) => `Minister Odile Varga said on day ${i} that the talks would go on into the night.\n\n`;
    const count = Math.ceil((MAX_INDEXED_TEXT * 1.2) / paragraph(0).length);
    const text = Array.from({ length: count }, (_, i) => paragraph(i)).join('');
    const source = parseSource(input('/s/archive.txt', text));
    assert.equal(source.errors.length, 1, source.errors.join('; '));
    assert.match(source.errors[0], /^text is longer than the 1,000,000-character limit for one source: the last [\d,]+ characters are not indexed$/);
    const last = source.passages.at(-1)!;
    assert.ok(last.end <= MAX_INDEXED_TEXT + count * 2 && last.end > MAX_INDEXED_TEXT * 0.99, `indexed up to ${last.end}`);
    assert.equal(source.text, text, 'the text itself is kept whole, so offsets still point into the file');
    assert.ok(source.passages[0].text.startsWith('Minister Odile Varga said on day 0'));
  });

  it('finding 8: prototype names as outlet, title, author or key give ordinary keys and a working preview', () => {
    for (const name of PROTOTYPE_KEYS) {
      const md = `---\ntitle: ${name}\noutlet: ${name}\nauthor: ${name}\nkey: ${name}\n---\n\n${name.toUpperCase()} (${name}) — The ${name} said it.\n`;
      const txt = `${name.toUpperCase()} (${name}) — The ${name} said it.\n\nCopyright 2024 ${name}. All rights reserved.\n`;
      const corpus = buildCorpus([input(`/s/${name}.md`, md), input(`/s/${name}.txt`, txt)]);
      for (const source of corpus.sources) {
        assert.ok(isValidKey(source.key) && !/function|native code|object/i.test(source.key), source.key);
        const items = new Map([toCsl(source)].map((i) => [String(i.id), i]));
        const it = new MarkdownIt();
        it.use(citationPlugin, () => ({ item: (key: string) => items.get(key), style: () => undefined }));
        const html = it.render(`Text [@${source.key}].\n`);
        assert.match(html, /groundwork-citation/, `${name}: ${html}`);
      }
    }
  });

  it('finding 11: a footnote definition from a hostile source is one line and renders through pandoc with no live HTML or script link', () => {
    const md = [
      '---',
      `title: ${JSON.stringify('Talks <script>alert(1)</script>\n\n<img src=x onerror=alert(2)> *bold* [link](javascript:alert(3)) $x$ @cite ^sup^ ~sub~ &lt;')}`,
      `outlet: ${JSON.stringify('<b>Outlet</b>\n[^other]: injected')}`,
      'date: 2024-11-29',
      `url: ${JSON.stringify('javascript:alert(4)')}`,
      'key: a$b&c+d?e/f:g.h',
      '---',
      '',
      'Body text.',
    ].join('\n');
    const source = buildCorpus([input('/s/hostile.md', md)]).sources[0];
    assert.equal(source.key, 'a$b&c+d?e/f:g.h');
    const definition = footnoteDefinition(source);
    assert.ok(!definition.includes('\n'), definition);
    const draft = `A claim${citationMark(source.key, 'footnote')} and another [@${source.key}].\n\n${definition}\n`;
    const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'html', '--wrap=none'], { input: draft, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /href="#fn1"/, 'the footnote is a footnote');
    assert.ok(!/<script|href="(?!#fn)|href="#fn2"/i.test(r.stdout), r.stdout);
    const note = /<li id="fn1"[^>]*><p>(.*)<a href="#fnref1"[^>]*>↩︎<\/a><\/p><\/li>/.exec(r.stdout)?.[1] ?? '';
    assert.ok(note.startsWith('Talks') && !note.includes('<'), `the definition is text only: ${note}`);
    assert.match(r.stdout, /Talks &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const https = footnoteDefinition({ ...source, meta: { ...source.meta, url: 'https://e.com/a b<c>"d' } });
    assert.match(https, /<https:\/\/e\.com\/a%20b%3Cc%3E%22d>$/);
  });

  it('finding 14: line and column count \\r\\n, \\r and \\n, in passages and in the line index', () => {
    const text = 'Line one here.\rSecond line, CR only.\r\n\r\nThird paragraph after CRLF.\n\rFourth after LF CR.';
    const lines = new LineIndex(text);
    const expected: Array<[string, number, number]> = [
      ['Line one', 1, 1],
      ['Second', 2, 1],
      ['line, CR', 2, 8],
      ['Third', 4, 1],
      ['Fourth', 6, 1],
      ['LF CR', 6, 14],
    ];
    for (const [at, line, column] of expected) assert.deepEqual(lines.position(text.indexOf(at)), { line, column }, at);
    const source = parseSource(input('/s/cr.txt', text));
    const split = text.split(/\r\n|\r|\n/);
    for (const p of source.passages) {
      assert.equal(text.slice(p.start, p.end), p.text);
      assert.ok(split[p.line - 1].slice(p.column - 1).startsWith(p.text.slice(0, 10)), `${p.line}:${p.column} ${p.text}`);
    }
    const fm = parseSource(input('/s/cr.md', '---\rtitle: CR front matter\rkey: cr-only\r---\rThe body.\r'));
    assert.equal(fm.meta.title, 'CR front matter');
    assert.equal(fm.declaredKey, 'cr-only');
    assert.equal(fm.passages[0].line, 5);
  });

  it('finding 16: UTF-16 with a byte order mark is read as text, both byte orders', () => {
    const text = 'SEOUL (AP) — Minister Kim said “we agree”. 😀\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(0, le.length));
    be.swap16();
    for (const bytes of [le, be]) {
      const source = parseSource(input('/s/u16.txt', bytes));
      assert.deepEqual(source.errors, []);
      assert.equal(source.text, text);
      assert.ok(source.passages[0].text.includes('we agree'));
    }
  });

  it('finding 16: a NUL byte anywhere, even after the first 8 KB, makes the file binary, with where it is', () => {
    const bytes = Buffer.from(`${'All work and no play. '.repeat(1000)}\0 hidden\n`);
    const source = parseSource(input('/s/nul.txt', bytes));
    assert.deepEqual(source.errors, [`binary file, not text (a NUL byte at byte ${bytes.indexOf(0)})`]);
    assert.equal(source.passages.length, 0);
  });
});
