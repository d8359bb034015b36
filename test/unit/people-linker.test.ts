import * as assert from 'node:assert/strict';
import { parseSource } from '../../src/core/parse-source';
import { extractPeople, PeopleLinker, type DocPeople } from '../../src/core/people';
import type { Person } from '../../src/core/types';
import { input, seedInputs } from './fixtures';

const extra = [
  ['/clips/a.txt', 'Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing. Putin said ties were strong.\n'],
  ['/clips/b.txt', 'Putin told reporters the talks would go on.\n'],
  ['/clips/c.txt', 'Vladmir Putin arrived late, the Kremlin said. Andrey Belousov was with him.\n'],
  ['/clips/d.txt', 'Tennis player Anna Putin won in Paris. Putin, 19, thanked her coach.\n'],
] as const;

function docs(): Map<string, DocPeople> {
  const out = new Map<string, DocPeople>();
  const inputs = [...seedInputs(), ...extra.map(([path, text]) => input(path, text))];
  inputs.forEach((i, n) => out.set(`s${n}`, extractPeople(parseSource(i))));
  return out;
}

const summary = (people: Person[]) =>
  people
    .map((p) => [p.id, p.name, p.kind, p.role, p.roles, p.aliases, p.mentions.map((m) => `${m.source}:${m.start}`)])
    .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));

describe('the people linker', () => {
  const all = docs();

  it('keeps per-document people as plain data that survives JSON', () => {
    for (const doc of all.values()) assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  });

  it('after any order of sets and deletes, links exactly as a fresh linker over the same sources', () => {
    const keys = [...all.keys()];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const live = new PeopleLinker();
    const present = new Set<string>();
    for (let step = 0; step < 60; step++) {
      const key = keys[Math.floor(random() * keys.length)];
      if (present.has(key) && random() < 0.5) {
        live.delete(key);
        present.delete(key);
      } else {
        live.set(key, all.get(key)!);
        present.add(key);
      }
      if (step % 5 === 0) live.people();
      const fresh = new PeopleLinker();
      for (const k of keys) if (present.has(k)) fresh.set(k, all.get(k)!);
      assert.deepEqual(
        summary(live.people()).map((p) => p.slice(1)),
        summary(fresh.people()).map((p) => p.slice(1)),
        `step ${step}`,
      );
    }
  });

  it('links a bare surname across sources only when one person has it', () => {
    const linker = new PeopleLinker();
    for (const [k, d] of all) linker.set(k, d);
    const names = (source: string) => linker.links(source).map((l) => linker.people().find((p) => p.id === l.person)!.name);
    const putins = linker.people().filter((p) => p.kind === 'person' && /Putin$/.test(p.name));
    assert.ok(putins.some((p) => p.name === 'Anna Putin') && putins.some((p) => p.name === 'Vladimir Putin'));
    assert.ok(!names(`s${seedInputs().length + 1}`).includes('Anna Putin'));
    assert.ok(!names(`s${seedInputs().length + 1}`).includes('Vladimir Putin'));
    linker.delete(`s${seedInputs().length + 3}`);
    assert.ok(names(`s${seedInputs().length + 1}`).includes('Vladimir Putin'));
  });

  it('collects a card that most sources mention a few thousand mentions a step, in card order whatever order the sources came in', () => {
    const doc = extractPeople(
      parseSource(input('/wire/0.txt', 'Finance Minister Ottoline Quarrington said the figures would be revised. Quarrington left.\n')),
    );
    const linker = new PeopleLinker();
    const n = 12_000;
    // Keys and paths in different orders, and set in neither: the card must sort them out.
    for (let i = 0; i < n; i++) {
      const k = (i * 7919) % n;
      linker.set(`k${(k * 31) % n}`, { ...doc, path: `/wire/${String(k).padStart(5, '0')}.txt` });
    }
    const steps = [...linker.refreshing()].length;
    const card = linker.people().find((p) => p.name === 'Ottoline Quarrington')!;
    assert.equal(card.mentions.length, 2 * n);
    assert.ok(steps >= card.mentions.length / 5000, `${steps} steps for ${card.mentions.length} mentions`);
    const order = card.mentions.map((m) => `${m.path}:${String(m.start).padStart(4, '0')}`);
    assert.deepEqual(order, [...order].sort());
    assert.ok(card.mentions.every((m) => m.source === `k${(Number(m.path.slice(6, 11)) * 31) % n}`));
  });
});
