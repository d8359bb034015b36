import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/checks';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { seedCorpus } from './fixtures';

const AP = 'ap-2024-11-29-belousov';
const unknown = (text: string) =>
  checkDraft(text, { index: new GroundworkIndex(seedCorpus()) })
    .findings.filter((f) => f.rule === 'unknown-citation')
    .map((f) => text.slice(f.start, f.end));

describe('unknown-citation check reads citations as pandoc does', () => {
  it('raises nothing where pandoc sees no unknown citation', () => {
    const draft = [
      `@${AP}--the leading report, and @${AP}...and more.`,
      'Write to \\@jdoe, or see \\[^1] for the escape.',
      'Mail josé@example.com or word.@doe.',
      '',
      '    indented @code99',
      '',
      '<pre>@inpre</pre> and $@math$ and $$@display$$.',
      '',
      '(@ex) An example.',
      '',
      'As (@ex) shows, @ex.',
      '',
      '```',
      '@fenced',
      '````',
      '',
      'A stray ` backtick.',
    ].join('\n');
    assert.deepEqual(unknown(draft), []);
  });

  it('flags typos pandoc would miss in notes, braced and one-letter keys, and after an underscore', () => {
    const draft = `Text.[^1] Then [@{https://x.org/typo}], [@a] and x_@keytypo.\n\n[^1]: See [@${AP.replace('belousov', 'belousv')}].\n`;
    assert.deepEqual(unknown(draft), ['@{https://x.org/typo}', '@a', '@keytypo', `@${AP.replace('belousov', 'belousv')}`]);
  });

  it('a fence closed by a longer fence hides only what is inside it', () => {
    assert.deepEqual(unknown('```\n@hidden\n`````\n\nAfter [@shown].\n'), ['@shown']);
  });
});

describe('groundwork cites (built bin)', () => {
  const CLI = join(process.cwd(), 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'cites', ...args], { encoding: 'utf8' });

  it('prints one citation a line with file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cites-cli-'));
    const file = join(dir, 'draft.qmd');
    const text = `# Draft\n\nSee [see @${AP}, p. 3; -@b] and @c [ch. 2].\n`;
    writeFileSync(file, text);
    const r = run(file);
    assert.equal(r.status, 0, r.stderr);
    const column = (needle: string) => text.indexOf(needle) - text.indexOf('See') + 1;
    assert.equal(
      r.stdout,
      `${file}:3:${column('@ap')}: @${AP} normal [see | , p. 3]\n${file}:3:${column('-@b')}: @b suppress-author\n${file}:3:${column('@c')}: @c author-in-text [ | ch. 2]\n`,
    );
    const json = JSON.parse(run(file, '--json').stdout);
    assert.deepEqual(json.files[0].citations[0].locator, { label: 'page', value: '3' });
    const [start, end] = [text.indexOf('@c'), text.indexOf('2]') + 2];
    assert.deepEqual(json.files[0].citations[2].range, { start, end, line: 3, column: column('@c'), endLine: 3, endColumn: column('@c') + end - start });
    assert.equal(text.slice(json.files[0].citations[0].range.start, json.files[0].citations[0].range.end), `[see @${AP}, p. 3; -@b]`);
  });

  it('exits 2 on a missing draft or an unknown option', () => {
    assert.equal(run('no-such-draft.md').status, 2);
    assert.match(run('--nope', 'x.md').stderr, /unknown option --nope/);
  });
});
