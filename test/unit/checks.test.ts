import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../src/core/corpus';
import { checkDraft, supportingPassages, type CheckContext, type Finding } from '../../src/core/checks';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { LineIndex } from '../../src/core/text-position';
import { AP, input, seedCorpus, seedInputs } from './fixtures';

const FIXTURES = join(process.cwd(), 'test/fixtures');
const index = () => new GroundworkIndex(seedCorpus());
const check = (text: string, ctx: Partial<CheckContext> = {}) => checkDraft(text, { index: index(), ...ctx }).findings;

/** A finding as a writer sees it: rule, where, the text it covers, the message and the first fix's new text. */
function seen(text: string, f: Finding) {
  const { line, column } = new LineIndex(text).position(f.start);
  return { rule: f.rule, at: `${line}:${column}`, text: text.slice(f.start, f.end), message: f.message, fix: f.fixes[0]?.edits[0]?.text ?? null };
}

/** Applies a fix's edits, last first. */
function apply(text: string, f: Finding, which = 0): string {
  return [...f.fixes[which].edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

describe('grounding checks on the demo draft with planted errors', () => {
  const text = readFileSync(join(FIXTURES, 'workspace/fact-check.md'), 'utf8');
  const findings = check(text);

  it('finds each planted error, in draft order, with the exact range, message and fix', () => {
    assert.deepEqual(
      findings.map((f) => seen(text, f)),
      [
        {
          rule: 'misquote',
          at: '8:43',
          text: 'Complete support and solidarity with the\nheroic Russian army and people',
          message:
            'Misquote: this quote differs from @ap-2024-11-29-belousov by 1 word. The source says: “Complete support and solidarity with the fighting Russian army and people”',
          fix: 'Complete support and solidarity with the fighting Russian army and people',
        },
        {
          rule: 'uncited-claim',
          at: '11:1',
          text: 'Andrey Belousov was welcomed by No Kwang Choi, and Belousuv said the talks would strengthen the partnership.',
          message: 'Nothing in this paragraph cites a source for what Andrei Belousov said or did. The best supporting source is @belousov-russian-defense.',
          fix: ' [@belousov-russian-defense]',
        },
        {
          rule: 'misspelled-name',
          at: '11:33',
          text: 'No Kwang Choi',
          message: '‘No Kwang Choi’ looks like a misspelling of No Kwang Chol (North Korean Defense Minister).',
          fix: 'No Kwang Chol',
        },
        {
          rule: 'misspelled-name',
          at: '11:52',
          text: 'Belousuv',
          message: '‘Belousuv’ looks like a misspelling of Andrei Belousov (Russian Defense Minister).',
          fix: 'Belousov',
        },
        {
          rule: 'wrong-speaker',
          at: '13:34',
          text: 'meetings with the military and military-political leadership of the DPRK',
          message: "In @belousov-russian-defense these words are not Andrei Belousov's: the source attributes them to the Russian Defense ministry.",
          fix: null,
        },
        {
          rule: 'unknown-citation',
          at: '15:92',
          text: '@ap-2024-11-29-belusov',
          message: 'No source or bibliography entry has the key @ap-2024-11-29-belusov.',
          fix: '@ap-2024-11-29-belousov',
        },
        { rule: 'quote-not-found', at: '17:20', text: 'to crush the enemies of the people', message: 'This quote appears in no source.', fix: null },
        {
          rule: 'unknown-citation',
          at: '17:56',
          text: '[^ap-2024-11-29-belousov]',
          message: 'Footnote [^ap-2024-11-29-belousov] has no definition.',
          fix: '\n[^ap-2024-11-29-belousov]: Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…. The Associated Press, 2024-11-29.\n',
        },
        {
          rule: 'misspelled-name',
          at: '19:1',
          text: 'Vladmir Putin',
          message: '‘Vladmir Putin’ looks like a misspelling of Vladimir Putin (Russian President); the sources themselves misspell it.',
          fix: 'Vladimir Putin',
        },
        {
          rule: 'uncited-claim',
          at: '19:1',
          text: 'Vladmir Putin started a fifth term in power.',
          message: 'Nothing in this paragraph cites a source for what Vladimir Putin said or did. The best supporting source is @ap-2024-11-29-belousov.',
          fix: ' [@ap-2024-11-29-belousov]',
        },
      ],
    );
  });

  it('gives default severities: misquotes and unknown keys are errors, claims information', () => {
    const by = (rule: string) => [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.severity))];
    assert.deepEqual(['misquote', 'unknown-citation', 'quote-not-found', 'wrong-speaker', 'misspelled-name', 'uncited-claim'].map(by), [
      ['error'],
      ['error'],
      ['warning'],
      ['warning'],
      ['warning'],
      ['information'],
    ]);
  });

  it('points a misquote at the exact source words, and its fix makes the quote check clean', () => {
    const misquote = findings.find((f) => f.rule === 'misquote')!;
    const source = index().source(misquote.related!.sourceKey)!;
    const passage = source.passages.find((p) => p.id === misquote.related!.passageId)!;
    assert.equal(passage.text.slice(misquote.related!.start, misquote.related!.end), misquote.related!.text);
    const fixed = apply(text, misquote);
    assert.equal(check(fixed).filter((f) => f.rule === 'misquote').length, 0);
    assert.match(fixed, /“?Complete support and solidarity with the fighting Russian army and people" \[@ap/);
  });

  it('the footnote fix adds a definition once, after which the key is known', () => {
    const footnote = findings.find((f) => f.rule === 'unknown-citation' && f.message.startsWith('Footnote'))!;
    const fixed = apply(text, footnote);
    assert.equal((fixed.match(/^\[\^ap-2024-11-29-belousov\]:/gm) ?? []).length, 1);
    assert.equal(check(fixed).filter((f) => f.rule === 'unknown-citation' && f.message.startsWith('Footnote')).length, 0);
  });

  it('the uncited-claim fix cites the best supporting source before the full stop', () => {
    const claim = findings.filter((f) => f.rule === 'uncited-claim')[1];
    assert.match(apply(text, claim), /^Vladmir Putin started a fifth term in power \[@ap-2024-11-29-belousov\]\.$/m);
  });

  it('in footnote style the claim fix cites [^key] and adds its definition', () => {
    const draft = 'Vladmir Putin started a fifth term in power.\n';
    const [claim] = check(draft, { citationStyle: 'footnote' }).filter((f) => f.rule === 'uncited-claim');
    assert.equal(
      apply(draft, claim),
      'Vladmir Putin started a fifth term in power[^ap-2024-11-29-belousov].\n\n[^ap-2024-11-29-belousov]: Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…. The Associated Press, 2024-11-29.\n',
    );
  });

  it('misspelled names offer remembering the name instead of changing it', () => {
    const name = findings.find((f) => f.rule === 'misspelled-name' && f.start === text.indexOf('Belousuv'))!;
    assert.deepEqual(
      name.fixes.slice(1).map((f) => f.remember),
      [
        { list: 'ignoredNames', name: 'Belousuv' },
        { list: 'notPeople', name: 'Belousuv' },
      ],
    );
    const after = check(text, { ignoredNames: ['belousuv'], notPeople: ['Choi'] }).filter((f) => f.rule === 'misspelled-name');
    assert.deepEqual(
      after.map((f) => text.slice(f.start, f.end)),
      ['Vladmir Putin'],
    );
  });

  it('honours per-rule settings: off drops a rule, a severity replaces the default', () => {
    const tuned = check(text, { rules: { 'uncited-claim': 'off', 'misspelled-name': 'error' } });
    assert.equal(tuned.filter((f) => f.rule === 'uncited-claim').length, 0);
    assert.deepEqual([...new Set(tuned.filter((f) => f.rule === 'misspelled-name').map((f) => f.severity))], ['error']);
  });

  it('stops early when cancelled', () => {
    let polls = 0;
    const r = checkDraft(text, { index: index(), isCancelled: () => ++polls > 2 });
    assert.equal(r.cancelled, true);
    assert.ok(r.findings.length < findings.length);
  });
});

describe('grounding checks find nothing in a faithful draft', () => {
  const text = readFileSync(join(FIXTURES, 'checks/clean.md'), 'utf8');

  it('accepts curly and straight quotes, wrapped lines, elisions, brackets, blockquotes, variants, code and emails', () => {
    assert.deepEqual(
      check(text).map((f) => seen(text, f)),
      [],
    );
  });

  it('matched every quote it should, so the silence is not from skipping them', () => {
    const { rememberedQuotes } = checkDraft(text, { index: index() });
    assert.equal(rememberedQuotes.size, 10);
    assert.equal(rememberedQuotes.get('has provided air defense missile systems | to north korea'), 'ap-2024-11-29-belousov');
    assert.equal(
      rememberedQuotes.get('hosted a russian delegation led by then defense minister sergei shoigu and gave | a personal tour'),
      'ap-2024-11-29-belousov',
    );
  });

  it('ignores typography but not words: dashes, apostrophes and case pass, a changed word does not', () => {
    const typographic = 'The banner read “complete support and solidarity with the fighting Russian army and people” [@ap-2024-11-29-belousov].';
    assert.deepEqual(check(typographic), []);
    const changed = typographic.replace('fighting', 'brave');
    assert.deepEqual(
      check(changed).map((f) => f.rule),
      ['misquote'],
    );
  });

  it('does not take short scare quotes for claims', () => {
    assert.deepEqual(check('Analysts call it a "new axis" in the region [@ap-2024-11-29-belousov].'), []);
  });
});

describe('quotes against changing sources', () => {
  it('flags a quote that matched before the source changed as stale, naming the source', () => {
    const draft = 'Officials read a banner: "Complete support and solidarity with the fighting Russian army and people" [@ap-2024-11-29-belousov].';
    const before = checkDraft(draft, { index: index() });
    assert.deepEqual(before.findings, []);
    const edited = readFileSync(AP, 'utf8').replace('with the fighting Russian army', 'with the Russian army');
    const changed = new GroundworkIndex(buildCorpus([...seedInputs().filter((i) => i.path !== AP), input(AP, edited)]));
    const after = checkDraft(draft, { index: changed, previousQuotes: before.rememberedQuotes }).findings;
    assert.deepEqual(
      after.map((f) => [f.rule, f.severity, f.message]),
      [
        [
          'stale-quote',
          'warning',
          'This quote no longer matches @ap-2024-11-29-belousov: the source changed since it last matched. The source says: “Complete support and solidarity with the Russian army and people”',
        ],
      ],
    );
    const again = checkDraft(draft, {
      index: changed,
      previousQuotes: checkDraft(draft, { index: changed, previousQuotes: before.rememberedQuotes }).rememberedQuotes,
    });
    assert.deepEqual(
      again.findings.map((f) => f.rule),
      ['stale-quote'],
      'a stale quote stays flagged on later checks',
    );
  });
});

describe('who said it', () => {
  it('accepts the right speaker, in either order, and flags the wrong one', () => {
    const quote =
      '"during the official visit of the Russian Defense Minister, meetings with the military and military-political leadership of the DPRK are planned"';
    assert.deepEqual(check(`The Russian Defense ministry said ${quote} [@belousov-russian-defense].`), []);
    const wrong = check(`${quote}, No Kwang Chol said [@belousov-russian-defense].`);
    assert.deepEqual(
      wrong.map((f) => [f.rule, f.message]),
      [['wrong-speaker', "In @belousov-russian-defense these words are not No Kwang Chol's: the source attributes them to the Russian Defense ministry."]],
    );
  });

  it('does not guess when the source names no speaker', () => {
    assert.deepEqual(
      check('Putin said troops were seen "clapping under a banner" [@ap-2024-11-29-belousov].').filter((f) => f.rule === 'wrong-speaker'),
      [],
    );
  });
});

describe('citation keys', () => {
  it('knows keys from an external bibliography and flags bare @handles the way Pandoc would', () => {
    assert.deepEqual(check('As reported [@smith2020].', { extraKeys: new Set(['smith2020']) }), []);
    const handle = check('Follow @APnews for updates.');
    assert.deepEqual(
      handle.map((f) => [f.rule, f.message]),
      [['unknown-citation', 'No source or bibliography entry has the key @APnews. (For a literal @, write \\@.)']],
    );
  });

  it('suggests the closest keys, best first', () => {
    const [f] = check('Seen at the airport [@belousov-russian-defence].');
    assert.deepEqual(
      f.fixes.map((x) => x.title),
      ['Change to @belousov-russian-defense'],
    );
  });
});

describe('supporting passages', () => {
  it('ranks the passage that states the claim first', () => {
    const [best] = supportingPassages(index(), 'Belousov walked with No Kwang Chol on a red carpet at the Pyongyang airport.');
    assert.equal(best.source.key, 'ap-2024-11-29-belousov');
    assert.match(best.passage.text, /red carpet laid out at a Pyongyang airport/);
  });

  it('returns nothing for a sentence the sources do not discuss', () => {
    assert.deepEqual(supportingPassages(index(), 'Quarterly earnings beat analyst expectations.'), []);
  });
});
