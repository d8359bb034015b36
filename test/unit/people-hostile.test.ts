import * as assert from 'node:assert/strict';
import { buildCorpus } from '../../src/core/corpus';
import { input } from './fixtures';
import { assertLinear as assertGrowthLinear } from './growth';

/** Twice the input takes at most three times as long, for the corpus built from one generated source. */
function assertLinear(make: (size: number) => string, size: number): void {
  assertGrowthLinear(
    'buildCorpus',
    (n) => {
      const text = make(n);
      return () => buildCorpus([input('/sources/long.txt', text)]);
    },
    size,
  );
}

function repeat(words: string[], size: number, lead = ''): string {
  const out = [lead];
  for (let i = 0, n = lead.length; n < size; i++) {
    out.push(words[i % words.length]);
    n += words[i % words.length].length + 1;
  }
  return `${out.join(' ')} said on Monday.\n`;
}

describe('people finding on hostile sources', () => {
  it('reads an 18 KB chain of ex- prefixes without overflowing the stack', () => {
    const text = `Reporters met the ${'ex-'.repeat(6000)}minister Hanna Lindqvist on Monday. Lindqvist said nothing.\n`;
    const { people } = buildCorpus([input('/sources/ex.txt', text)]);
    assert.ok(people.some((p) => p.name === 'Hanna Lindqvist'));
  });

  it('finds names in a very long run of capitalised first names in linear time', () => {
    assertLinear((n) => repeat(['John', 'Mary', 'Peter', 'Paul', 'Anne', 'James', 'Susan', 'David'], n, 'Yesterday President'), 30_000);
  });

  it('finds names in a long run of capitalised title words in linear time', () => {
    assertLinear((n) => repeat(['Deputy', 'Foreign', 'Minister', 'Senior', 'Adviser', 'General'], n, 'The'), 150_000);
  });

  it('finds many different people in linear time', () => {
    const first = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo'];
    const last = ['Abbott', 'Brandt', 'Castillo', 'Dahl', 'Eriksen', 'Fontaine', 'Gallo', 'Haas', 'Iqbal'];
    assertLinear((n) => {
      const out: string[] = [];
      for (let i = 0, len = 0; len < n; i++) {
        const s = `${first[i % 8]} ${last[(i * 7) % 9]}${String.fromCharCode(97 + (i % 26))} said on Monday. ${last[(i * 7) % 9]}${String.fromCharCode(97 + (i % 26))} left.`;
        out.push(s);
        len += s.length + 1;
      }
      return out.join('\n\n');
    }, 20_000);
  });
});

describe('person ids', () => {
  it('makes Kim Jong Un and Kim Jong-un one person with one id, so the People view has no duplicate ids', () => {
    const { people } = buildCorpus([
      input('/sources/a.txt', 'North Korean leader Kim Jong Un inspected a missile launch on Tuesday, state media said.\n'),
      input('/sources/b.txt', 'Kim Jong-un told officials to prepare for a long standoff, the agency reported. Kim spoke for an hour.\n'),
    ]);
    const kims = people.filter((p) => p.kind === 'person' && /^Kim Jong/.test(p.name));
    assert.equal(kims.length, 1, kims.map((p) => p.name).join(', '));
    assert.deepEqual(new Set(kims[0].mentions.map((m) => m.path)), new Set(['/sources/a.txt', '/sources/b.txt']));
    const ids = people.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('gives distinct ids to different people whose names slug alike', () => {
    const { people } = buildCorpus([
      input('/sources/a.txt', 'Finance Minister José Ortega said prices would fall. José Ortega spoke in Madrid.\n'),
      input('/sources/b.txt', 'Coach Jose O’Rtega said the team would win.\n'),
    ]);
    const ids = people.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length, ids.join(', '));
  });
});
