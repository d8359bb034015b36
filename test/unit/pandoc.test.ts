import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citationMark, footnoteDefinition } from '../../src/core/citations';
import { seedCorpus } from './fixtures';

// Real pandoc (Debian's package, installed by scripts/install-pandoc.sh) on the built CLI's output.
const CLI = join(process.cwd(), 'dist', 'cli.js');
const AP_KEY = 'ap-2024-11-29-belousov';
const WIRE_KEY = 'belousov-russian-defense';

const DRAFT = `# Belousov in Pyongyang

Russian Defense Minister Andrei Belousov arrived in Pyongyang on Friday [@${AP_KEY}].
Troops followed an earlier visit [see @${WIRE_KEY}, p. 2; @${AP_KEY}].
`;

function pandoc(dir: string, ...args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync('pandoc', args, { cwd: dir, encoding: 'utf8' });
  assert.ifError(r.error && new Error(`pandoc could not be run (${r.error.message}); install it with scripts/install-pandoc.sh`));
  assert.equal(r.status, 0, r.stderr);
  return { stdout: r.stdout, stderr: r.stderr };
}

function exportBib(dir: string, format: string, file: string): void {
  const r = spawnSync(process.execPath, [CLI, 'bib', '--format', format], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  writeFileSync(join(dir, file), r.stdout);
}

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gw-pandoc-'));
  writeFileSync(join(dir, 'draft.md'), DRAFT);
  return dir;
}

describe('Pandoc round trip (pandoc --citeproc on groundwork bib)', () => {
  it('renders every citation and a reference list from the CSL-JSON export', () => {
    const dir = workDir();
    exportBib(dir, 'csl', 'refs.json');
    const { stdout, stderr } = pandoc(dir, 'draft.md', '--citeproc', '--bibliography', 'refs.json', '-t', 'plain', '--wrap=none');
    assert.equal(stderr, '', 'no warning such as "citation not found"');
    assert.doesNotMatch(stdout, /@|\?\)|belousov-russian-defense|ap-2024-11-29/, 'no citation left unresolved');
    assert.match(stdout, /arrived in Pyongyang on Friday \(The Associated Press 2024\)\./);
    assert.match(stdout, /\(see “Russian Defense Minister in North Korea for Military Talks,” n\.d\., 2; The Associated Press 2024\)/);
    assert.match(
      stdout,
      /^The Associated Press\. 2024\. “Russian Defense Minister Andrei Belousov Arrived in North Korea on Friday For…,” November 29, 2024\.$/m,
    );
    assert.match(stdout, /^“Russian Defense Minister in North Korea for Military Talks\.” n\.d\.$/m);
  });

  it('renders every citation and a reference list from the BibTeX export', () => {
    const dir = workDir();
    exportBib(dir, 'bibtex', 'refs.bib');
    const { stdout, stderr } = pandoc(dir, 'draft.md', '--citeproc', '--bibliography', 'refs.bib', '-t', 'plain', '--wrap=none');
    assert.equal(stderr, '', 'no warning such as "citation not found"');
    assert.doesNotMatch(stdout, /@|\?\)|belousov-russian-defense|ap-2024-11-29/, 'no citation left unresolved');
    // The title keeps the source's own case and ellipsis (it is braced in the .bib).
    assert.match(stdout, /^“Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for….” 2024\. The Associated Press, November\.$/m);
    assert.match(stdout, /^“Russian Defense Minister in North Korea for military talks\.” n\.d\.$/m);
  });

  it('renders the BibLaTeX export with the month', () => {
    const dir = workDir();
    exportBib(dir, 'biblatex', 'refs.bib');
    const { stdout, stderr } = pandoc(dir, 'draft.md', '--citeproc', '--bibliography', 'refs.bib', '-t', 'plain', '--wrap=none');
    assert.equal(stderr, '');
    assert.match(stdout, /2024\. The Associated Press, November\.$/m);
  });

  it('warns on a key the bibliography lacks (so the checks above can fail)', () => {
    const dir = workDir();
    exportBib(dir, 'csl', 'refs.json');
    writeFileSync(join(dir, 'draft.md'), `${DRAFT}\nAnd a claim [@no-such-source].\n`);
    const { stdout, stderr } = pandoc(dir, 'draft.md', '--citeproc', '--bibliography', 'refs.json', '-t', 'plain', '--wrap=none');
    assert.match(stderr, /citation no-such-source not found/);
    assert.match(stdout, /no-such-source\?/);
  });

  it('renders footnote-style drafts, as Insert Citation writes them, as footnotes', () => {
    const dir = workDir();
    const ap = seedCorpus().sources.find((s) => s.key === AP_KEY)!;
    writeFileSync(
      join(dir, 'notes.md'),
      `Belousov arrived on Friday${citationMark(AP_KEY, 'footnote')}.\n\nHe met No Kwang Chol${citationMark(AP_KEY, 'footnote')}.\n\n${footnoteDefinition(ap)}\n`,
    );
    const html = pandoc(dir, 'notes.md', '-t', 'html', '--wrap=none');
    assert.equal(html.stderr, '');
    assert.match(html.stdout, /Belousov arrived on Friday<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1<\/sup><\/a>\./);
    assert.match(html.stdout, /No Kwang Chol<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2<\/sup><\/a>\./);
    assert.match(
      html.stdout,
      /<section class="footnotes[^"]*" role="doc-endnotes">[\s\S]*<li id="fn1" role="doc-endnote"><p>Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…\. The Associated Press, 2024-11-29\./,
    );
    const plain = pandoc(dir, 'notes.md', '-t', 'plain', '--wrap=none').stdout;
    assert.match(plain, /^Belousov arrived on Friday\[1\]\.$/m);
    assert.match(plain, /^\[1\] Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…\. The Associated Press, 2024-11-29\.$/m);
  });
});
