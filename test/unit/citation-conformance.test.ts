import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedCases } from './citation-cases';
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
    console.log(`      ${cases.length - disagreements.length}/${cases.length} cases agree (${(agreement * 100).toFixed(1)}%); ${disagreements.length} disagreements${disagreements.length ? ':\n    ' + disagreements.join('\n    ') : ''}`);
    assert.equal(extraKeys, 0, 'a key pandoc does not read as a citation would be a false unknown-citation error');
    assert.ok(agreement >= 0.99, `${disagreements.length} disagreements`);
  });
});
