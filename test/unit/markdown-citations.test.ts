import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { sourceEntry, type BibEntry } from '../../src/core/bibliography';
import { citationPlugin, type CitationFormat } from '../../src/core/markdown-citations';
import { seedCorpus } from './fixtures';

const AP_KEY = 'ap-2024-11-29-belousov';
const WIRE_KEY = 'belousov-russian-defense';

function render(markdown: string, format: CitationFormat = 'author-date', extra: BibEntry[] = []): string {
  const entries = new Map([...seedCorpus().sources.map(sourceEntry), ...extra].map((e) => [e.key, e]));
  const md = new MarkdownIt();
  md.use(citationPlugin, () => ({ format, lookup: (key: string) => entries.get(key) }));
  return md.render(markdown);
}

describe('citations in the Markdown preview (markdown-it plugin)', () => {
  it('renders [@key] author–date as a link to its reference, titled with the source title', () => {
    const html = render(`Belousov arrived on Friday [@${AP_KEY}].\n`);
    assert.match(html, new RegExp(`<p>Belousov arrived on Friday \\(<a class="groundwork-citation" href="#gw-ref-${AP_KEY}" title="Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…">AP 2024</a>\\)\\.</p>`));
  });

  it('prints the reference list at the end with title, outlet and date', () => {
    const html = render(`Text [@${AP_KEY}] and more [@${WIRE_KEY}].\n\n## Next\n\nEnd.\n`);
    const refs = html.slice(html.indexOf('<section class="groundwork-references">'));
    assert.ok(html.indexOf('<h2>Next</h2>') < html.indexOf('groundwork-references'), 'the list comes after the text');
    assert.match(refs, new RegExp(`<li id="gw-ref-${AP_KEY}">Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for… The Associated Press, 2024-11-29\\.</li>`));
    assert.match(refs, new RegExp(`<li id="gw-ref-${WIRE_KEY}">Russian Defense Minister in North Korea for military talks\\.</li>`));
  });

  it('renders several keys, prefixes, locators and a suppressed author', () => {
    const html = render(`[see @${AP_KEY}, p. 3; @${WIRE_KEY}] and [-@${AP_KEY}]\n`);
    assert.match(html, /\(see <a [^>]*>AP 2024<\/a>, p\. 3; <a [^>]*>“Russian Defense Minister in North Korea for military talks” n\.d\.<\/a>\)/);
    assert.match(html, /and \(<a [^>]*>2024<\/a>\)/);
  });

  it('numbers citations in order of first use when set to numbered', () => {
    const html = render(`A [@${WIRE_KEY}]. B [@${AP_KEY}; @${WIRE_KEY}].\n`, 'numbered');
    assert.match(html, /A \[<a [^>]*href="#gw-ref-belousov-russian-defense"[^>]*>1<\/a>\]\. B \[<a [^>]*>2<\/a>; <a [^>]*>1<\/a>\]/);
    assert.match(html, /<ol>\n<li id="gw-ref-belousov-russian-defense">[^\n]*\n<li id="gw-ref-ap-2024-11-29-belousov">/);
  });

  it('marks an unknown key and leaves links, e-mail addresses and plain brackets alone', () => {
    const html = render(`[@nope] [@${AP_KEY}](https://example.com) write to [me@example.com] or [a note]\n`);
    assert.match(html, /\(<span class="groundwork-citation-unknown" title="[^"]+">@nope\?<\/span>\)/);
    assert.match(html, new RegExp(`<a href="https://example.com">@${AP_KEY}</a>`));
    assert.match(html, /write to \[me@example\.com\] or \[a note\]/);
  });

  it('escapes source text: a title with markup stays text', () => {
    const evil: BibEntry = { key: 'evil', title: '<img src=x onerror=alert(1)> "quoted"', outlet: '<script>x</script>', authors: [], families: ['<b>Bold</b>'], path: 'refs.bib', url: 'javascript:alert(1)' };
    const html = render('[@evil]\n', 'author-date', [evil]);
    assert.doesNotMatch(html, /<img|<script|<b>|javascript:/);
    assert.match(html, /title="&lt;img src=x onerror=alert\(1\)&gt; &quot;quoted&quot;"/);
    assert.match(html, /&lt;b&gt;Bold&lt;\/b&gt; n\.d\./);
  });

  it('renders footnote-style citations as footnotes, titled with the cited source', () => {
    const html = render(`Belousov arrived[^${AP_KEY}].\n\n[^${AP_KEY}]: Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…. The Associated Press, 2024-11-29.\n`);
    assert.match(html, /<sup class="footnote-ref"><a title="Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…" href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    assert.match(html, /<section class="footnotes">[\s\S]*<li id="fn1" class="footnote-item"><p>Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…\. The Associated Press, 2024-11-29\./);
    assert.doesNotMatch(html, /groundwork-references/);
  });
});
