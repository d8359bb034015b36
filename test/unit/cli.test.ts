import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AP } from './fixtures';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('the groundwork CLI (built bin)', () => {
  it('lists the seed people with roles and mentions that slice back to the file', () => {
    const r = run('entities', '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const no = out.people.find((p: { name: string }) => p.name === 'No Kwang Chol');
    assert.equal(no.role, 'North Korean Defense Minister');
    assert.equal(no.kind, 'person');
    for (const m of no.mentions) assert.equal(readFileSync(m.path, 'utf8').slice(m.start, m.end), m.text);
    assert.deepEqual(out.sources.map((s: { key: string }) => s.key).sort(), ['ap-2024-11-29-belousov', 'belousov-russian-defense']);
  });

  it('lists sources with key, title, outlet, date and place', () => {
    const r = run('sources', AP, '--json');
    assert.equal(r.status, 0);
    const [s] = JSON.parse(r.stdout).sources;
    assert.deepEqual(
      [s.key, s.title, s.outlet, s.date, s.place, s.errors],
      ['ap-2024-11-29-belousov', null, 'The Associated Press', '2024-11-29', 'SEOUL, South Korea', []],
    );
  });

  it('searches passages', () => {
    const r = run('search', 'red carpet Pyongyang airport', '--json');
    assert.equal(r.status, 0);
    const { results } = JSON.parse(r.stdout);
    assert.match(results[0].text, /red carpet/);
  });

  it('prints CSL-JSON', () => {
    const r = run('bib');
    assert.equal(r.status, 0);
    const items = JSON.parse(r.stdout);
    assert.equal(items.length, 2);
    assert.ok(items.every((i: { type: string }) => i.type === 'article-newspaper'));
  });

  it('prints BibTeX and RIS with --format, keeping the citation keys', () => {
    const bibtex = run('bib', '--format', 'bibtex');
    assert.equal(bibtex.status, 0, bibtex.stderr);
    assert.deepEqual([...bibtex.stdout.matchAll(/^@article\{([^,]+),$/gm)].map((m) => m[1]).sort(), ['ap-2024-11-29-belousov', 'belousov-russian-defense']);
    const ris = run('bib', AP, '--format=ris');
    assert.equal(ris.status, 0, ris.stderr);
    assert.match(ris.stdout, /^TY {2}- NEWS\nID {2}- ap-2024-11-29-belousov\n/);
  });

  it('reports unreadable sources on stderr and carries on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x41, 0x00, 0x01, 0x42]));
    writeFileSync(join(dir, 'ok.md'), '---\ntitle: Talks\n---\nUkrainian Defense Minister Rustem Umerov met reporters.\n');
    const r = run('entities', dir, join(dir, 'missing.txt'), '--json');
    assert.equal(r.status, 0);
    assert.match(r.stderr, /empty\.txt: empty file/);
    assert.match(r.stderr, /bad\.txt: binary file/);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.ok(JSON.parse(r.stdout).people.some((p: { name: string }) => p.name === 'Rustem Umerov'));
  });

  it('indexes good files once among bad ones and reports each bad one once: loops, locked, huge, empty, invalid UTF-8, broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cli-bad-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'good.txt'), 'MADRID (AP) — Finance Minister Odile Varga said prices rose.\n');
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'All work and no play. '));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('El ministro Jos\xe9 Ib\xe1\xf1ez dijo que s\xed.\n', 'latin1'));
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: "unclosed\n---\nEnergy Minister Tamsin Orrell said the grid held.\n');
    writeFileSync(join(dir, 'locked.txt'), 'Trade Minister Ysolde Fairweather said exports grew.\n');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    try {
      const r = run('entities', dir, '--json');
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stderr.trim().split('\n');
      const about = (name: string) => lines.filter((l) => l.includes(`${dir}/${name}:`));
      for (const name of ['loop-a.txt', 'loop-b.txt', 'huge.txt', 'empty.txt', 'latin1.txt', 'broken.md'])
        assert.equal(about(name).length, 1, `${name} once in\n${r.stderr}`);
      assert.match(about('loop-a.txt')[0], /ELOOP/);
      assert.match(about('huge.txt')[0], /50\.0 MB, over the 5\.0 MB limit/);
      assert.match(about('latin1.txt')[0], /invalid UTF-8/);
      assert.match(about('broken.md')[0], /front matter/);
      // Root reads a chmod 000 file anyway; anyone else gets one error for it.
      const root = process.getuid?.() === 0;
      assert.equal(about('locked.txt').length, root ? 0 : 1);
      assert.ok(!r.stderr.includes('/up/'), 'the folder loop is not walked');
      const out = JSON.parse(r.stdout);
      assert.equal(out.sources.filter((s: { path: string }) => s.path.endsWith('good.txt')).length, 1, 'the good file once');
      const names = out.people.map((p: { name: string }) => p.name);
      assert.ok(names.includes('Odile Varga') && names.includes('Tamsin Orrell'));
      assert.equal(names.includes('Ysolde Fairweather'), root);
    } finally {
      chmodSync(join(dir, 'locked.txt'), 0o644);
    }
  });

  it('exits 2 with usage on bad usage', () => {
    for (const args of [[], ['frobnicate'], ['search'], ['entities', '--bogus'], ['bib', '--format', 'docx']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /usage: groundwork/);
    }
  });
});
