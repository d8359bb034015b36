import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    assert.deepEqual([s.key, s.title, s.outlet, s.date, s.place, s.errors], ['ap-2024-11-29-belousov', null, 'The Associated Press', '2024-11-29', 'SEOUL, South Korea', []]);
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
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    writeFileSync(join(dir, 'ok.md'), '---\ntitle: Talks\n---\nUkrainian Defense Minister Rustem Umerov met reporters.\n');
    const r = run('entities', dir, join(dir, 'missing.txt'), '--json');
    assert.equal(r.status, 0);
    assert.match(r.stderr, /empty\.txt: empty file/);
    assert.match(r.stderr, /bad\.txt: binary file/);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.ok(JSON.parse(r.stdout).people.some((p: { name: string }) => p.name === 'Rustem Umerov'));
  });

  it('exits 2 with usage on bad usage', () => {
    for (const args of [[], ['frobnicate'], ['search'], ['entities', '--bogus'], ['bib', '--format', 'docx']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /usage: groundwork/);
    }
  });
});
