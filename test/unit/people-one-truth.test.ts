import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusBuilder } from '../../src/core/corpus-builder';
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
