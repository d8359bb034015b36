import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isCommonWord, isFirstName, isInstitutionWord, isLastName, isPlace, mayBePlace } from '../../src/core/name-lexicon';

describe('the name lexicon’s copy of compromise’s model', () => {
  it('is what the installed compromise gives (run `node scripts/lexicon-data.mjs` after upgrading it)', () => {
    const made = execFileSync(process.execPath, ['scripts/lexicon-data.mjs', '--print'], { encoding: 'utf8', maxBuffer: 16 << 20 });
    assert.equal(made, readFileSync('src/core/name-lexicon-data.ts', 'utf8'));
  });

  it('answers from the model: names, places, institution words, common words, and nothing from an object’s own keys', () => {
    assert.ok(isFirstName('Natalia') && isLastName('Smith') && isPlace('Kyiv') && mayBePlace('Jordan'));
    assert.ok(isInstitutionWord('Ministry') && isCommonWord('During'));
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      assert.ok(!isInstitutionWord(word) && !isCommonWord(word), `${word} is not taken from Object.prototype`);
    }
  });
});
