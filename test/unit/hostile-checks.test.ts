import * as assert from 'node:assert/strict';
import { checkDraft, checkDraftInSlices } from '../../src/core/checks';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { seedCorpus } from './fixtures';
import { assertLinear } from './growth';

const QUOTES = [
  '“complete support and solidarity with the fighting Russian army”',
  '“words that nobody ever said anywhere”',
  'Belousov said “we will strengthen the partnership”',
];

/** One paragraph of `n` quotes: found, not found and attributed, in turn. */
const paragraph = (n: number) => `${Array.from({ length: n }, (_, i) => `Andrei Belousov said ${QUOTES[i % 3]} on day ${i}.`).join(' ')}\n`;

describe('hostile input: grounding checks', () => {
  const index = new GroundworkIndex(seedCorpus());

  it('finding 12: the quote checks are linear in the number of quotes in one paragraph', function () {
    this.timeout(120_000);
    assertLinear(
      'quotes in a paragraph',
      (n) => {
        const text = paragraph(n);
        return () => checkDraft(text, { index, rules: { 'uncited-claim': 'off' } });
      },
      300,
    );
    const findings = checkDraft(paragraph(300), { index, rules: { 'uncited-claim': 'off' } }).findings;
    // Two quotes in three are in no seed: each is still reported.
    assert.equal(findings.filter((f) => f.rule === 'quote-not-found').length, 200);
  });

  it('finding 12: the name check is linear in the names a draft holds, known and misspelt', function () {
    this.timeout(120_000);
    const rules = { 'uncited-claim': 'off', 'quote-not-found': 'off', misquote: 'off', 'wrong-speaker': 'off' } as const;
    const names = (n: number) => `${Array.from({ length: n }, (_, i) => `Andrei Belousov met Andrei Belousvo on day ${i}.`).join(' ')}\n`;
    assertLinear(
      'names in a draft',
      (n) => {
        const text = names(n);
        return () => checkDraft(text, { index, rules });
      },
      300,
    );
    const findings = checkDraft(names(300), { index, rules }).findings;
    assert.equal(findings.filter((f) => f.rule === 'misspelled-name').length, 300);
  });

  it('finding 12: a check in slices gives the same findings, pauses as it goes, and stops at the next slice once cancelled', async function () {
    this.timeout(120_000);
    const text = paragraph(200);
    const whole = checkDraft(text, { index });
    let pauses = 0;
    const sliced = await checkDraftInSlices(
      text,
      { index },
      async () => {
        pauses++;
      },
      0,
    );
    assert.deepEqual(sliced.findings, whole.findings);
    assert.ok(pauses > 400, `${pauses} pauses: one after each quote and each sentence`);

    let cancelled = false;
    let after = 0;
    const stopped = await checkDraftInSlices(
      text,
      { index, isCancelled: () => cancelled },
      async () => {
        if (cancelled) after++;
        if (++pauses > 0) cancelled = pauses % 50 === 0 || cancelled;
      },
      0,
    );
    assert.equal(stopped.cancelled, true);
    assert.ok(after <= 1, `${after} slices ran after the cancel`);
  });
});
