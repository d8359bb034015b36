import * as assert from 'node:assert/strict';
import { assertLinear } from './growth';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { sourceEntry } from '../../src/core/bibliography';
import { entryToCsl, toCsl } from '../../src/core/csl';
import { citationPlugin } from '../../src/core/markdown-citations';
import { seedCorpus } from './fixtures';

const AP_KEY = 'ap-2024-11-29-belousov';
const WIRE_KEY = 'belousov-russian-defense';

type Item = Record<string, unknown> & { id: string };

function render(markdown: string, items: Item[] = seedCorpus().sources.map(toCsl) as unknown as Item[], style?: string): string {
  const byKey = new Map(items.map((i) => [i.id, i]));
  const md = new MarkdownIt();
  md.use(citationPlugin, () => ({ item: (key: string) => byKey.get(key), style: () => style }));
  return md.render(markdown);
}

/** What a reader sees: the HTML's text, entities decoded, whitespace as single spaces. */
function text(html: string): string {
  return html
    .replace(/<h2>References<\/h2>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#38;|&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

const BOOKS: Item[] = [
  {
    id: 'doe99',
    type: 'book',
    title: 'First Book',
    author: [{ family: 'Doe', given: 'John' }],
    issued: { 'date-parts': [[1999]] },
    publisher: 'Cambridge University Press',
    'publisher-place': 'Cambridge',
  },
  {
    id: 'smith04',
    type: 'article-journal',
    title: 'A Second Look',
    author: [
      { family: 'Smith', given: 'Jane' },
      { family: 'Lee', given: 'Ann' },
    ],
    issued: { 'date-parts': [[2004]] },
    'container-title': 'Journal of Things',
    volume: '3',
    page: '10-20',
  },
  ...(seedCorpus().sources.map(toCsl) as unknown as Item[]),
];

const DRAFT = `Blah blah [see @doe99, pp. 33-35; also @smith04, chap. 1].

@doe99 says blah, and @smith04 [p. 33] says more.

Smith says blah [-@smith04]. The minister arrived [@${AP_KEY}; @${WIRE_KEY}, para. 2].

With markup [*see* @doe99, p. **32**] and a suffix [@doe99 and nowhere else].
`;

describe('citations in the Markdown preview (markdown-it plugin, citeproc)', () => {
  it('prints what pandoc --citeproc -t plain prints for the same draft and bibliography', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-preview-'));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
    writeFileSync(join(dir, 'refs.json'), JSON.stringify(BOOKS));
    const r = spawnSync('pandoc', ['draft.md', '--citeproc', '--bibliography', 'refs.json', '-t', 'plain', '--wrap=none'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const pandoc = r.stdout.replace(/\s+/g, ' ').trim();
    assert.equal(text(render(DRAFT, BOOKS)), pandoc);
  });

  it('renders author-in-text citations, and the bibliography entries with ids', () => {
    const html = render(`@${AP_KEY} [p. 3] reported it.\n`);
    assert.match(
      html,
      new RegExp(
        `<span class="groundwork-citation" data-cites="${AP_KEY}:author-in-text" title="[^"]+">(<i>)?The Associated Press(</i>)? \\(2024, 3\\)</span> reported it`,
      ),
    );
    assert.match(html, new RegExp(`<div class="csl-entry" id="gw-ref-${AP_KEY}">(<i>)?The Associated Press(</i>)?\\. 2024\\.`));
  });

  it('renders Markdown in prefixes and suffixes', () => {
    assert.match(render(`[*see* @${AP_KEY}, p. 3 and \`code\`]\n`), /\(<em>see<\/em> (<i>)?The Associated Press(<\/i>)? 2024, 3 and <code>code<\/code>\)/);
  });

  it('asks for the style the front matter names with csl:', () => {
    const asked: Array<string | undefined> = [];
    const md = new MarkdownIt();
    const items = new Map((seedCorpus().sources.map(toCsl) as unknown as Item[]).map((i) => [i.id, i]));
    md.use(citationPlugin, () => ({
      item: (key: string) => items.get(key),
      style: (csl: string | undefined) => (asked.push(csl), csl === 'styles/numeric.csl' ? 'vancouver' : undefined),
    }));
    const html = md.render(`---\ncsl: styles/numeric.csl\n---\n\nA [@${WIRE_KEY}].\n`);
    assert.deepEqual(asked, ['styles/numeric.csl']);
    assert.match(html, /A <span [^>]*>\(1\)<\/span>\./);
  });

  it('numbers citations in a numeric style', () => {
    const html = render(`A [@${WIRE_KEY}]. B [@${AP_KEY}; @${WIRE_KEY}].\n`, undefined, 'vancouver');
    assert.match(html, /A <span [^>]*>\(1\)<\/span>\. B <span [^>]*>\(1,2\)<\/span>/);
  });

  it('marks an unknown key and leaves links, e-mail addresses, code and plain brackets alone', () => {
    const html = render(`[@nope] [@${AP_KEY}](https://example.com) write to [me@example.com] or [a note] \`[@${AP_KEY}]\`\n`);
    assert.match(
      html,
      /<span class="groundwork-citation-unknown" data-cites="nope:normal" title="No source or bibliography entry has the key @nope">\[@nope\]<\/span>/,
    );
    assert.match(
      html,
      new RegExp(
        `<a href="https://example.com"><span class="groundwork-citation" data-cites="${AP_KEY}:author-in-text"[^>]*>(<i>)?The Associated Press(</i>)? \\(2024\\)</span></a>`,
      ),
    );
    assert.match(html, /write to \[me@example\.com\] or \[a note\] <code>\[@ap-2024-11-29-belousov\]<\/code>/);
  });

  it('escapes source text: a title with markup stays text', () => {
    const evil = entryToCsl({
      key: 'evil',
      title: '<img src=x onerror=alert(1)> "quoted"',
      outlet: '<script>x</script>',
      authors: ['<b>Bold</b>'],
      families: [],
      path: 'refs.bib',
      url: 'javascript:alert(1)',
    }) as unknown as Item;
    const html = render('[@evil]\n', [evil]);
    assert.doesNotMatch(html, /<img|<script|<b>|href="javascript:/);
    assert.match(html, /&lt;b&gt;Bold&lt;\/b&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('renders footnote-style citations as footnotes, titled with the cited source', () => {
    const html = render(
      `Belousov arrived[^${AP_KEY}].\n\n[^${AP_KEY}]: Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…. The Associated Press, 2024-11-29.\n`,
    );
    assert.match(
      html,
      /<sup class="footnote-ref"><a title="Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…" href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/,
    );
    assert.doesNotMatch(html, /groundwork-references/);
  });

  it('renders citations from a bibliography entry the way the source renders', () => {
    const entry = entryToCsl(sourceEntry(seedCorpus().sources.find((s) => s.key === AP_KEY)!)) as unknown as Item;
    assert.match(render(`[@${AP_KEY}]\n`, [entry]), /\((<i>)?The Associated Press(<\/i>)? 2024\)/);
  });
});

describe('the Markdown preview stays linear', () => {
  // 20,000 footnotes took 22 s in markdown-it-footnote alone: it copied the document once per note.
  const notes = (n: number) =>
    Array.from({ length: n }, (_, i) => `Text ${i} [@${AP_KEY}].[^n${i}]`).join('\n\n') +
    '\n\n' +
    Array.from({ length: n }, (_, i) => `[^n${i}]: Note ${i} [@${WIRE_KEY}].`).join('\n\n');

  it('twice the footnotes and citations take at most three times as long', () => {
    assertLinear(
      'preview',
      (n) => {
        const markdown = notes(n);
        return () => render(markdown);
      },
      1000,
    );
  });
});
