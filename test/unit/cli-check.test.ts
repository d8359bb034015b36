import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AP } from './fixtures';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const DEMO = join(process.cwd(), 'test/fixtures/workspace/fact-check.md');
const CLEAN = join(process.cwd(), 'test/fixtures/checks/clean.md');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('groundwork check (built bin)', () => {
  it('prints file:line:column: severity: message [rule] for the demo draft and exits 1 on errors', () => {
    const r = run('check', DEMO);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 10);
    for (const line of lines) assert.match(line, /^.+\.md:\d+:\d+: (?:error|warning|information|hint): .+ \[[a-z-]+\]$/);
    assert.equal(
      lines[0],
      `${DEMO}:8:43: error: Misquote: this quote differs from @ap-2024-11-29-belousov by 1 word. The source says: “Complete support and solidarity with the fighting Russian army and people” [misquote]`,
    );
    assert.ok(
      lines.includes(`${DEMO}:11:33: warning: ‘No Kwang Choi’ looks like a misspelling of No Kwang Chol (North Korean Defense Minister). [misspelled-name]`),
    );
    assert.ok(lines.includes(`${DEMO}:15:92: error: No source or bibliography entry has the key @ap-2024-11-29-belusov. [unknown-citation]`));
  });

  it('points line and column at the flagged text', () => {
    const text = readFileSync(DEMO, 'utf8').split('\n');
    for (const line of run('check', DEMO).stdout.trimEnd().split('\n')) {
      const [, l, c] = /:(\d+):(\d+): /.exec(line)!;
      const at = text[Number(l) - 1].slice(Number(c) - 1);
      if (line.endsWith('[misspelled-name]')) assert.match(at, /^(?:No Kwang Choi|Belousuv|Vladmir Putin)/, line);
      if (line.endsWith('[unknown-citation]')) assert.match(at, /^(?:@ap-2024-11-29-belusov|\[\^ap-2024-11-29-belousov\])/, line);
    }
  });

  it('prints nothing and exits 0 for a faithful draft', () => {
    const r = run('check', CLEAN);
    assert.equal(r.stdout, '');
    assert.equal(r.status, 0, r.stderr);
  });

  it('exits 0 when the only findings are warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-check-'));
    writeFileSync(join(dir, 'draft.md'), 'No Kwang Choi met Belousov in Pyongyang [@ap-2024-11-29-belousov].\n');
    const r = run('check', join(dir, 'draft.md'));
    assert.equal(r.status, 0);
    assert.match(r.stdout, /draft\.md:1:1: warning: ‘No Kwang Choi’ .* \[misspelled-name\]/);
  });

  it('gives JSON with ranges, fixes and the source span', () => {
    const r = run('check', DEMO, '--format', 'json');
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.summary, { errors: 3, warnings: 5, information: 2, hints: 0 });
    const misquote = out.files[0].findings[0];
    assert.deepEqual(misquote.range.start, { line: 8, column: 43 });
    assert.deepEqual(misquote.range.end, { line: 9, column: 31 });
    assert.equal(misquote.fixes[0].edits[0].text, 'Complete support and solidarity with the fighting Russian army and people');
    assert.equal(misquote.source.sourceKey, 'ap-2024-11-29-belousov');
  });

  it('checks against --sources instead of the seeds', () => {
    const r = run('check', CLEAN, '--sources', AP, '--format=json');
    const keys = JSON.parse(r.stdout)
      .files[0].findings.filter((f: { rule: string }) => f.rule === 'unknown-citation')
      .map((f: { message: string }) => f.message);
    assert.ok(
      keys.some((m: string) => m.includes('@belousov-russian-defense')),
      keys.join('\n'),
    );
    assert.equal(r.status, 1);
  });

  it('knows the keys of --bibliography files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-check-bib-'));
    writeFileSync(join(dir, 'draft.md'), 'As Lee reported [@lee2023summit], and [@nobody2020].\n');
    writeFileSync(join(dir, 'refs.bib'), '@article{lee2023summit,\n  title = {Summit},\n  author = {Lee, Ann},\n  journal = {Wire},\n  year = {2023}\n}\n');
    const r = run('check', join(dir, 'draft.md'), '--bibliography', join(dir, 'refs.bib'));
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => /key (@\S+)\./.exec(l)?.[1]),
      ['@nobody2020'],
    );
  });

  it('exits 2 on bad usage or an unreadable draft', () => {
    for (const args of [
      ['check'],
      ['check', DEMO, '--format', 'xml'],
      ['check', DEMO, '--strict'],
      ['check', DEMO, '--sources'],
      ['check', DEMO, '--bibliography'],
      ['check', join(tmpdir(), 'no-such-draft.md')],
    ]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /groundwork check: /, args.join(' '));
    }
  });
});
