import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusBuilder } from '../../src/core/corpus-builder';
import { personCard } from '../../src/core/features/hover';
import { input } from './fixtures';

const items = [
  'ANKARA (Reuters) — Turkish Prime Minister Kemal Aydin visited Diyarbakir on Sunday. Mr. Aydin told a conference the region would get new schools.\n',
  'Kim Jong-un inspected a factory, state media said. North Korean leader Kim Jong Un later met officials.\n',
  'The head of the agency, Ingrid Solberg, said inspections would go on. Solberg spoke in Vienna.\n',
];

describe('one truth about people', () => {
  it('gives the CLI (`groundwork entities --json`) and the editor’s index the same names, roles and ids per person', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-people-'));
    items.forEach((t, i) => writeFileSync(join(dir, `item-${i}.txt`), t));
    const r = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), 'entities', dir, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const cli = (JSON.parse(r.stdout).people as Array<{ name: string; kind: string; role: string | null }>).filter((p) => p.kind === 'person');
    const builder = new CorpusBuilder();
    items.forEach((t, i) => builder.set(input(join(dir, `item-${i}.txt`), t)));
    const editor = builder.build().index.people.filter((p) => p.kind === 'person');
    const view = (list: Array<{ name: string; role?: string | null }>) => list.map((p) => `${p.name} — ${p.role ?? ''}`).sort();
    assert.deepEqual(view(cli), view(editor));
    assert.deepEqual(view(editor), ['Ingrid Solberg — head of the agency', 'Kemal Aydin — Turkish Prime Minister', 'Kim Jong Un — North Korean leader']);
    assert.equal(new Set(editor.map((p) => p.id)).size, editor.length);
  });
});

describe('one truth about roles and when they were stated', () => {
  const dated = [
    '---\ndate: 2005-03-01\n---\nPrime Minister Lena Varga opened the bridge on Tuesday. Varga said it would cut travel times.\n',
    '---\ndate: 2011-06-15\n---\nFormer Prime Minister Lena Varga published her memoirs. Varga signed copies in Budapest.\n',
  ];

  it('keeps a post and its “former” wording apart, each with the date of the source that states it, alike in the CLI and the hover card', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-roles-'));
    dated.forEach((t, i) => writeFileSync(join(dir, `item-${i}.md`), t));
    const r = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), 'entities', dir, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const cli = (JSON.parse(r.stdout).people as Array<{ name: string; role: string; roles: string[]; roleDates: unknown }>).find(
      (p) => p.name === 'Lena Varga',
    );
    const builder = new CorpusBuilder();
    dated.forEach((t, i) => builder.set(input(join(dir, `item-${i}.md`), t)));
    const { index } = builder.build();
    const varga = index.personNamed('Lena Varga')!;
    const expected = [
      { role: 'Former Prime Minister', date: '2011-06-15' },
      { role: 'Prime Minister', date: '2005-03-01' },
    ];
    assert.deepEqual([varga.role, ...varga.roles], ['Former Prime Minister', 'Prime Minister']);
    assert.deepEqual(varga.roleDates, expected);
    assert.deepEqual({ role: cli?.role, roles: cli?.roles, roleDates: cli?.roleDates }, { role: varga.role, roles: varga.roles, roleDates: expected });
    const [head, counts] = personCard(index, varga).split('\n\n');
    assert.equal(head, '**Lena Varga** — Former Prime Minister \\(2011\\-06\\-15\\)');
    assert.match(counts, / · Prime Minister \\\(2005\\-03\\-01\\\)$/);
  });
});
