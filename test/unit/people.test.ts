import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../src/core/corpus';
import type { Person } from '../../src/core/types';
import { input, seedCorpus } from './fixtures';

describe('people in the seed articles', () => {
  const { people, sources } = seedCorpus();
  const person = (name: string): Person => {
    const found = people.find((p) => p.kind === 'person' && (p.name === name || p.aliases.some((a) => a.text === name)));
    assert.ok(
      found,
      `${name} should be found; people: ${people
        .filter((p) => p.kind === 'person')
        .map((p) => p.name)
        .join(', ')}`,
    );
    return found;
  };
  const files = new Map(sources.map((s) => [s.key, readFileSync(s.path, 'utf8')]));

  const expected: Array<[string, RegExp]> = [
    ['No Kwang Chol', /^North Korean Defense Minister$/],
    ['Andrei Belousov', /^Russian Defense Minister$/],
    ['Vladimir Putin', /^Russian President$/],
    ['Kim Jong Un', /^North Korean leader$/],
    ['Yoon Suk Yeol', /^South Korean President$/],
    ['Rustem Umerov', /^Ukrainian Defense Minister$/],
    ['Sergei Shoigu', /^Russian Security Council Secretary$/],
    ['Shin Wonsik', /national security adviser/],
    ['Kirill Kudryavtsev', /^photographer/],
  ];
  for (const [name, role] of expected) {
    it(`finds ${name} with the role the sources give`, () => {
      const p = person(name);
      assert.equal(p.kind, 'person');
      assert.match(p.role ?? '', role);
    });
  }

  it('keeps Shoigu’s former post as a second role, worded as the source words it (“then-Defense Minister”), with the source’s date', () => {
    const shoigu = person('Sergei Shoigu');
    assert.ok(shoigu.roles.includes('then Defense Minister'), shoigu.roles.join('; '));
    assert.deepEqual(
      shoigu.roleDates.find((d) => d.role === 'then Defense Minister'),
      { role: 'then Defense Minister', date: '2024-11-29' },
    );
  });

  it('makes Andrey and Andrei Belousov one person with both spellings as accepted variants', () => {
    const a = person('Andrey Belousov');
    assert.equal(a, person('Andrei Belousov'));
    const spellings = [a.name, ...a.aliases.filter((x) => x.kind === 'variant').map((x) => x.text)];
    assert.ok(spellings.includes('Andrey Belousov') && spellings.includes('Andrei Belousov'));
    assert.deepEqual(new Set(a.mentions.map((m) => m.source)).size, 2);
  });

  it('links the misspelling Vladmir Putin to Vladimir Putin as a misspelling', () => {
    const putin = person('Vladimir Putin');
    assert.equal(putin.name, 'Vladimir Putin');
    assert.deepEqual(
      putin.aliases.find((a) => a.text === 'Vladmir Putin'),
      { text: 'Vladmir Putin', kind: 'misspelling' },
    );
  });

  it('counts surname-only mentions for the right person', () => {
    const texts = (name: string) => person(name).mentions.map((m) => m.text);
    assert.equal(texts('Andrei Belousov').filter((t) => t === 'Belousov').length, 7);
    assert.equal(texts('Yoon Suk Yeol').filter((t) => t === 'Yoon').length, 4, 'Yoon saying, Yoon’s adviser, Yoon’s office, Yoon has said');
    assert.equal(texts('Kim Jong Un').filter((t) => t === 'Kim').length, 5);
    assert.equal(texts('Shin Wonsik').filter((t) => t === 'Shin').length, 2);
    assert.equal(texts('Vladimir Putin').filter((t) => t === 'Putin').length, 3);
  });

  it('gives every mention offsets that slice back to its text, with 1-based line and column', () => {
    for (const p of people) {
      for (const m of p.mentions) {
        const file = files.get(m.source)!;
        assert.equal(file.slice(m.start, m.end), m.text);
        assert.equal(file.split('\n')[m.line - 1].slice(m.column - 1, m.column - 1 + m.text.length), m.text);
      }
    }
  });

  it('finds no false people among headline words, weekdays, places and organisations', () => {
    const names = people.filter((p) => p.kind === 'person').flatMap((p) => [p.name, ...p.aliases.map((a) => a.text)]);
    for (const wrong of [
      'South Korea',
      'North Korea',
      'Joint Chiefs',
      'Patriot Park',
      'Friday',
      'Interfax',
      'Pyongyang',
      'Kremlin',
      'Russian Defense',
      'Cold War',
      'DPRK',
      'Telegram',
      'Moscow',
      'Seoul',
    ]) {
      assert.ok(!names.some((n) => n.includes(wrong)), `${wrong} is not a person`);
    }
    assert.equal(people.filter((p) => p.kind === 'person').length, 9);
  });

  it('also lists places and organisations, with their kind', () => {
    assert.equal(people.find((p) => p.name === 'Joint Chiefs of Staff' || p.name === 'Joint Chiefs')?.kind, 'organization');
    assert.equal(people.find((p) => p.name === 'Pyongyang')?.kind, 'place');
  });
});

describe('people in news text the rules were not written for', () => {
  it('reads titles, appositives and speech verbs', () => {
    const text = [
      'BERLIN (AP) — German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.',
      'The talks were hosted by Maria Lopez, a senior adviser to the chancellor.',
      'Scholz said the meeting was useful. Macron did not comment.',
      'Rain is expected in Berlin on Tuesday, the German Weather Service said.',
    ].join('\n\n');
    const people = buildCorpus([input('berlin.txt', text)]).people.filter((p) => p.kind === 'person');
    const byName = new Map(people.map((p) => [p.name, p]));
    assert.deepEqual([...byName.keys()].sort(), ['Emmanuel Macron', 'Maria Lopez', 'Olaf Scholz']);
    assert.equal(byName.get('Olaf Scholz')!.role, 'German Chancellor');
    assert.equal(byName.get('Emmanuel Macron')!.role, 'French President');
    assert.equal(byName.get('Maria Lopez')!.role, 'senior adviser to the chancellor');
    assert.equal(byName.get('Olaf Scholz')!.mentions.length, 2);
    assert.equal(byName.get('Emmanuel Macron')!.mentions.length, 2);
  });
});
