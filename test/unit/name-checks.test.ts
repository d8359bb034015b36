import * as assert from 'node:assert/strict';
import { checkDraft, type Finding } from '../../src/core/checks';
import { buildCorpus } from '../../src/core/corpus';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { input } from './fixtures';

const wire = [
  'PARIS (Reuters) — French President Emmanuel Macron met German Chancellor Olaf Scholz on Monday to settle a dispute over energy prices.',
  '“This agreement is a victory for both countries,” said President Emmanuel Macron after the talks.',
  'Scholz told reporters: “We have found common ground on the price of gas and power.”',
  'Health Minister Pierre Dubois spoke after the two leaders. He said: “The hospitals will get new funding this winter.”',
  'U.S. President Joe Biden welcomed the deal in a statement, as did Mayor Anna Walker of Lyon.',
].join('\n\n');

const index = new GroundworkIndex(buildCorpus([input('/sources/paris.txt', `---\ntitle: Energy deal\ndate: 2025-01-13\noutlet: Reuters\n---\n${wire}\n`)]));
const check = (draft: string) => checkDraft(draft, { index }).findings;
const rules = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const apply = (text: string, f: Finding) =>
  [...f.fixes[0].edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);

describe('name checks on a news draft', () => {
  it('counts a swap of adjacent letters as one edit: Shcolz is Scholz', () => {
    const [f] = rules(check('Chancellor Olaf Shcolz was pleased.\n'), 'misspelled-name');
    assert.equal(f?.fixes[0].edits[0].text, 'Olaf Scholz');
  });

  it('ties a misspelt surname on its own to the person the sources name in full', () => {
    const [f] = rules(check('Macorn said little else.\n'), 'misspelled-name');
    assert.ok(f, 'Macorn should be flagged');
    assert.match(f.message, /Emmanuel Macron/);
    assert.equal(f.fixes[0].edits[0].text, 'Macron');
  });

  it('flags a typo that is an English word when the rest of the name is a known person’s', () => {
    const [f] = rules(check('President Joe Bidden welcomed it. Mayor Anna Walked did too.\n'), 'misspelled-name');
    assert.equal(f?.fixes[0].edits[0].text, 'Joe Biden');
    assert.deepEqual(
      rules(check('Mayor Anna Walked did too.\n'), 'misspelled-name').map((x) => x.fixes[0].edits[0].text),
      ['Anna Walker'],
    );
  });

  it('leaves a common word alone when no known name surrounds it', () => {
    assert.deepEqual(rules(check('She walked to the bidden guests.\n'), 'misspelled-name'), []);
  });
});

describe('speaker checks on a news draft', () => {
  it('finds a surname-only speaker who did not say the words, though the sources name him only in full', () => {
    const [f] = rules(check('Dubois said: “This agreement is a victory for both countries.”\n'), 'wrong-speaker');
    assert.ok(f);
    assert.match(f.message, /not Pierre Dubois's: the source attributes them to Emmanuel Macron/);
  });

  it('reads “He said” in the source as the person named in the sentence before', () => {
    const [f] = rules(check('Macron said: “The hospitals will get new funding this winter.”\n'), 'wrong-speaker');
    assert.ok(f);
    assert.match(f.message, /attributes them to Pierre Dubois/);
    assert.deepEqual(rules(check('Dubois said: “The hospitals will get new funding this winter.”\n'), 'wrong-speaker'), []);
  });
});

describe('misquote fixes on a news draft', () => {
  const fixed = (draft: string) => {
    const [f] = rules(check(draft), 'misquote');
    assert.ok(f, 'a misquote should be found');
    return apply(draft, f);
  };

  it('restores a changed last word instead of dropping it', () => {
    assert.equal(fixed('Macron said: “This agreement is a victory for both nations.”\n'), 'Macron said: “This agreement is a victory for both countries.”\n');
  });

  it('restores a changed first word instead of dropping it', () => {
    assert.equal(fixed('Macron said: “That agreement is a victory for both countries.”\n'), 'Macron said: “This agreement is a victory for both countries.”\n');
  });

  it('carries no quotation mark of the source into the draft', () => {
    const out = fixed('Scholz said: “We have found common ground on the price of gas and electricity.”\n');
    assert.equal(out, 'Scholz said: “We have found common ground on the price of gas and power.”\n');
  });
});
