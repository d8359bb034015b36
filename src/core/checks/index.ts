import { checkCitations } from './citation-checks';
import { claimSentences, uncitedClaim } from './claim-checks';
import { findQuotes } from './draft-quotes';
import { readDraft } from './draft-text';
import { checkNames } from './name-checks';
import { checkQuote } from './quote-checks';
import { DEFAULT_SEVERITY, type CheckContext, type CheckResult, type Finding, type Rule } from './types';
import { foldWord } from './words';

export * from './types';
export { supportingPassages, type Support } from './support';
export { cite } from './claim-checks';
export { readDraft, sentencesIn, type DraftText } from './draft-text';

/**
 * Checks a Markdown draft against the indexed sources, the way a fact-checker would: quotes,
 * who said them, names, citation keys and uncited claims. Pure and synchronous; `isCancelled`
 * is polled between quotes, paragraphs and rules.
 */
export function checkDraft(text: string, context: CheckContext): CheckResult {
  const steps = checkSteps(text, context);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `checkDraft` in slices of about `sliceMs`, awaiting `pause` between them, so a host thread that
 * also serves typing is never held long. A cancelled check stops at the next slice.
 */
export async function checkDraftInSlices(text: string, context: CheckContext, pause: () => Promise<void>, sliceMs = 20): Promise<CheckResult> {
  const steps = checkSteps(text, context);
  let sliceStart = Date.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = Date.now();
    }
  }
}

/** The check as small steps: it yields after each quote, each sentence checked for a claim and each rule. */
function* checkSteps(text: string, context: CheckContext): Generator<void, CheckResult> {
  const { index } = context;
  const draft = readDraft(text);
  const on = (rule: Rule) => (context.rules?.[rule] ?? DEFAULT_SEVERITY[rule]) !== 'off';
  const cancelled = () => context.isCancelled?.() ?? false;
  const notPeople = new Set([...(context.notPeople ?? [])].map((n) => foldWord(n.trim())));
  const ignored = new Set([...(context.ignoredNames ?? [])].map((n) => foldWord(n.trim().replace(/\s+/g, ' '))));
  const found: Array<Omit<Finding, 'severity'>> = [];
  const rememberedQuotes = new Map<string, string>();
  const result = (stopped: boolean): CheckResult => ({ findings: finish(found, context), rememberedQuotes, cancelled: stopped });

  yield;
  if (on('quote-not-found') || on('misquote') || on('wrong-speaker') || on('stale-quote')) {
    for (const quote of findQuotes(draft)) {
      if (cancelled()) return result(true);
      const previous = context.previousQuotes?.get(quote.key);
      const outcome = checkQuote(index, draft, quote, previous);
      // A stale quote is remembered until it matches again or is edited away.
      const source = outcome.matchedSource ?? previous;
      if (source) rememberedQuotes.set(quote.key, source);
      found.push(...outcome.findings);
      yield;
    }
  }
  if (cancelled()) return result(true);
  if (on('unknown-citation')) found.push(...checkCitations(index, draft, context.extraKeys ?? new Set()));
  yield;
  if (cancelled()) return result(true);
  if (on('misspelled-name')) found.push(...(yield* checkNames(index, draft, ignored, notPeople)));
  yield;
  if (on('uncited-claim')) {
    for (const paragraph of draft.paragraphs) {
      for (const sentence of claimSentences(draft, paragraph)) {
        if (cancelled()) return result(true);
        const claim = uncitedClaim(index, draft, sentence, notPeople, context.citationStyle ?? 'pandoc');
        if (claim) found.push(claim);
        yield;
      }
    }
  }
  return result(false);
}

function finish(found: Array<Omit<Finding, 'severity'>>, context: CheckContext): Finding[] {
  return found
    .flatMap((f) => {
      const setting = context.rules?.[f.rule] ?? DEFAULT_SEVERITY[f.rule];
      return setting === 'off' ? [] : [{ ...f, severity: setting }];
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
