import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('hostile input: the CLI', () => {
  it('finding 3: a symlink out of the sources folder (a credentials file, /dev/zero) is skipped with a message, never read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-hostile-'));
    const secret = join(mkdtempSync(join(tmpdir(), 'gw-secret-')), 'credentials.txt');
    writeFileSync(secret, 'AWS_SECRET_ACCESS_KEY said "hunter2 is the password for everything" yesterday.\n');
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'real.txt'), 'MADRID (AP) — Finance Minister Odile Varga said prices rose.\n');
    symlinkSync(secret, join(dir, 'sources', 'leak.txt'));
    symlinkSync('/dev/zero', join(dir, 'sources', 'zero.txt'));
    symlinkSync(join(dir, 'sources', 'real.txt'), join(dir, 'sources', 'inside.txt'));
    writeFileSync(join(dir, 'draft.md'), 'She said “hunter2 is the password for everything” [@x].\n');
    const r = run('check', join(dir, 'draft.md'), '--sources', join(dir, 'sources'));
    assert.ok(!r.error, `the CLI ended (${r.error?.message})`);
    assert.match(r.stdout, /quote-not-found/, 'the quote is in no source it may read');
    assert.ok(!`${r.stdout}${r.stderr}`.includes('AWS_SECRET'), 'nothing of the file behind the link is printed');
    assert.match(r.stderr, /leak\.txt: a symbolic link that leads outside the folders being read; skipped/);
    assert.match(r.stderr, /zero\.txt: a symbolic link that leads outside/);
    // A link that stays inside is followed, and the file it names is read once.
    const sources = JSON.parse(run('sources', join(dir, 'sources'), '--json').stdout).sources.map((s: { path: string }) => s.path.replace(/^.*\//, ''));
    assert.deepEqual(sources, ['inside.txt']);
  });

  it('finding 3: a named pipe and a device are skipped with a message; the CLI does not hang', function () {
    const dir = mkdtempSync(join(tmpdir(), 'gw-fifo-'));
    writeFileSync(join(dir, 'real.txt'), 'MADRID (AP) — Finance Minister Odile Varga said prices rose.\n');
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    if (fifo.status !== 0) this.skip();
    const r = run('sources', dir, '/dev/zero', '--json');
    assert.ok(!r.error, `the CLI ended (${r.error?.message})`);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /pipe\.txt: not a regular file \(a pipe, device or socket\); skipped/);
    assert.match(r.stderr, /\/dev\/zero: not a regular file/);
    assert.deepEqual(
      JSON.parse(r.stdout).sources.map((s: { path: string }) => s.path.replace(/^.*\//, '')),
      ['real.txt'],
    );
  });

  it("finding 15: a source's terminal escapes and controls reach the output escaped, as text and as JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-esc-'));
    const title = 'Minister\u001b]0;pwned\u0007 quits\u001b[2J\u001b[1A\r\u009b31m\u202eevil';
    writeFileSync(join(dir, 'a.md'), `---\ntitle: ${JSON.stringify(title)}\n---\n\nFinance Minister Odile Varga said prices rose.\n`);
    const text = run('sources', dir);
    const json = run('sources', dir, '--json');
    for (const out of [text.stdout, text.stderr, json.stdout, json.stderr]) {
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(out), JSON.stringify(out));
    }
    assert.match(text.stdout, /Minister\\u001b\]0;pwned\\u0007 quits\\u001b\[2J/);
    assert.equal(JSON.parse(json.stdout).sources[0].title, title, 'JSON stays valid JSON with the same value');
  });

  it("finding 16: check --bibliography caps a bibliography at the editor's 20 MB and calls it a bibliography", function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'gw-bibcap-'));
    writeFileSync(join(dir, 'draft.md'), 'Text [@big1].\n');
    const entry = (i: number) => `@article{big${i},\n  title = {Title ${i}},\n  year = {2024}\n}\n`;
    // Over the 5 MB source cap, under the 20 MB bibliography one: an entry and 6 MB of blank lines.
    writeFileSync(join(dir, 'mid.bib'), `${entry(1)}${'\n'.repeat(6 * 1024 * 1024)}`);
    writeFileSync(join(dir, 'huge.bib'), Buffer.alloc(21 * 1024 * 1024, ' '));
    const r = run('check', join(dir, 'draft.md'), '--bibliography', join(dir, 'mid.bib'), join(dir, 'huge.bib'), '--sources', join(dir, 'none'));
    assert.match(r.stderr, /huge\.bib: file is 21\.0 MB, over the 20\.0 MB limit for a bibliography/);
    assert.ok(!/mid\.bib: file is/.test(r.stderr), 'a 6 MB bibliography is read');
    assert.ok(!r.stdout.includes('@big1'), `the key of the 6 MB file is known: ${r.stdout}`);
  });
});
