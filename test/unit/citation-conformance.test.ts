import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { checkDraft } from '../../src/core/checks';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { citationPlugin } from '../../src/core/markdown-citations';
import { generatedCases } from './citation-cases';
import { seedCorpus } from './fixtures';
import { pandocCites, type PandocCite } from './pandoc-cites';

// `groundwork cites` against real pandoc (`pandoc -f markdown -t json`, its Cite elements) on the
// manual's examples, pandoc's own citation tests (rewritten in test/fixtures/citations/cases.md)
// and generated drafts: case by case, the same keys, modes, prefixes, suffixes and positions.
const CLI = join(process.cwd(), 'dist', 'cli.js');
const CASES = readFileSync(join(process.cwd(), 'test', 'fixtures', 'citations', 'cases.md'), 'utf8').split(/\n%%%\n/);

interface Ours {
  key: string;
  mode: string;
  prefix: string;
  suffix: string;
  range: { start: number; end: number };
  keyRange: { start: number; end: number };
}

/** Text compared modulo markup and typography: pandoc prints `*see*` as see and `--` as –. */
function words(s: string): string {
  return s
    .replace(/\\(.)/g, '$1')
    .replace(/[*_`~^"'‘’“”]/g, '')
    .replace(/---|--|[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A citation as one comparable line: key, mode, prefix, suffix and the text it spans. */
function row(c: { key: string; mode: string; prefix: string; suffix: string }, text: string): string {
  return JSON.stringify([c.key, c.mode, words(c.prefix), words(c.suffix), text.replace(/\s+/g, ' ').trim()]);
}

/** Our span, written as pandoc writes a Cite's text: raw for `[…]`, `@key [rest]` for a citation in the text. */
function spanText(draft: string, c: Ours): string {
  const span = draft.slice(c.range.start, c.range.end);
  const head = /^@(\{[^\s]*?\}(?=[\s[]|$)|[^\s[]+)/.exec(span);
  if (!head) return span;
  const key = head[1].replace(/^\{(.*)\}$/s, '$1');
  const rest = span.slice(head[0].length).trimStart();
  return rest ? `@${key} ${rest}` : `@${key}`;
}

function theirRow(c: PandocCite): string {
  return row(c, c.text);
}

function ourRows(draft: string, cites: Ours[]): string[] {
  return cites.map((c) => row(c, spanText(draft, c))).sort();
}

/** Agreement over the cases: the share of cases where `ours` and `theirs` give the same sorted rows, and the disagreements. */
function compare(cases: string[], theirs: string[][], ours: string[][]): { agreement: number; disagreements: string[] } {
  const disagreements: string[] = [];
  cases.forEach((draft, i) => {
    const want = [...theirs[i]].sort();
    const got = [...ours[i]].sort();
    if (JSON.stringify(want) === JSON.stringify(got)) return;
    disagreements.push(
      `case ${i}: ${JSON.stringify(draft)}\n    pandoc only: ${want.filter((w) => !got.includes(w)).join(' ')}\n    ours only:   ${got.filter((g) => !want.includes(g)).join(' ')}`,
    );
  });
  return { agreement: (cases.length - disagreements.length) / cases.length, disagreements };
}

function report(what: string, cases: string[], { agreement, disagreements }: ReturnType<typeof compare>): void {
  console.log(
    `      ${what}: ${cases.length - disagreements.length}/${cases.length} cases agree (${(agreement * 100).toFixed(1)}%)${disagreements.length ? ':\n    ' + disagreements.join('\n    ') : ''}`,
  );
}

/** The citations the preview renders (every key known), as `key:mode` from each citation's `data-cites`, nested ones too. */
function previewCitations(md: MarkdownIt, draft: string): string[] {
  const html = md.render(draft);
  return [...html.matchAll(/class="groundwork-citation" data-cites="([^"]*)"/g)].flatMap((m) =>
    m[1].split(' ').map((c) =>
      c
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    ),
  );
}

describe('Citation conformance with pandoc (groundwork cites vs pandoc -f markdown -t json)', function () {
  this.timeout(120_000);
  const cases = [...CASES, ...generatedCases(400, Number(process.env.CITATION_CASES_SEED ?? 13))];
  const dir = mkdtempSync(join(tmpdir(), 'gw-cites-'));
  const files = cases.map((text, i) => {
    const file = join(dir, `case-${String(i).padStart(3, '0')}.md`);
    writeFileSync(file, text);
    return file;
  });

  it(`agrees with pandoc on at least 99% of ${cases.length} cases, and never reports a citation pandoc does not see`, () => {
    const theirs = pandocCites(dir, cases);
    const r = spawnSync(process.execPath, [CLI, 'cites', '--json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(r.status, 0, r.stderr);
    const ours = (JSON.parse(r.stdout) as { files: Array<{ citations: Ours[] }> }).files;
    const disagreements: string[] = [];
    let extraKeys = 0;
    cases.forEach((draft, i) => {
      const want = theirs[i].map(theirRow).sort();
      const got = ourRows(draft, ours[i].citations);
      if (JSON.stringify(want) === JSON.stringify(got)) return;
      const missing = want.filter((w) => !got.includes(w));
      const extra = got.filter((g) => !want.includes(g));
      const pandocKeys = new Set(theirs[i].map((c) => c.key));
      if (ours[i].citations.some((c) => !pandocKeys.has(c.key))) extraKeys++;
      disagreements.push(`case ${i}: ${JSON.stringify(draft)}\n    pandoc only: ${missing.join(' ')}\n    ours only:   ${extra.join(' ')}`);
    });
    const agreement = (cases.length - disagreements.length) / cases.length;
    console.log(
      `      ${cases.length - disagreements.length}/${cases.length} cases agree (${(agreement * 100).toFixed(1)}%); ${disagreements.length} disagreements${disagreements.length ? ':\n    ' + disagreements.join('\n    ') : ''}`,
    );
    assert.equal(extraKeys, 0, 'a key pandoc does not read as a citation would be a false unknown-citation error');
    assert.ok(agreement >= 0.99, `${disagreements.length} disagreements`);
  });

  it('check raises unknown-citation exactly for the keys pandoc cites that nothing defines, in at least 99% of cases and never falsely', () => {
    const theirs = pandocCites(dir, cases);
    const index = new GroundworkIndex(seedCorpus());
    const wanted = theirs.map((cites) => cites.filter((c) => !index.source(c.key)).map((c) => c.key));
    const flagged = cases.map((draft) =>
      checkDraft(draft, { index })
        .findings.filter((f) => f.rule === 'unknown-citation' && !draft.startsWith('[^', f.start))
        .map((f) => draft.slice(f.start, f.end).replace(/^@\{?|\}$/g, '')),
    );
    const result = compare(cases, wanted, flagged);
    report('check', cases, result);
    const falseErrors = flagged.flatMap((keys, i) => keys.filter((k) => !wanted[i].includes(k)));
    assert.deepEqual(falseErrors, [], 'false unknown-citation errors');
    assert.ok(result.agreement >= 0.99);
  });

  it('the preview renders the citations pandoc reads, with the same keys and modes, in at least 99% of cases', () => {
    const theirs = pandocCites(dir, cases);
    // As VS Code's preview does (html on); every key has an entry, so every citation is rendered.
    const md = new MarkdownIt({ html: true });
    md.use(citationPlugin, () => ({ item: (key: string) => ({ id: key, type: 'book', title: key }), style: () => undefined }));
    const result = compare(
      cases,
      theirs.map((cites) => cites.map((c) => `${c.key}:${c.mode}`)),
      cases.map((draft) => previewCitations(md, draft)),
    );
    report('preview', cases, result);
    assert.ok(result.agreement >= 0.99);
  });
});
