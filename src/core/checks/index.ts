import { checkCitations } from './citation-checks';
import { checkClaims } from './claim-checks';
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
 * is polled between quotes and between rules.
 */
export function checkDraft(text: string, context: CheckContext): CheckResult {
  const { index } = context;
  const draft = readDraft(text);
  const on = (rule: Rule) => (context.rules?.[rule] ?? DEFAULT_SEVERITY[rule]) !== 'off';
  const cancelled = () => context.isCancelled?.() ?? false;
  const notPeople = new Set([...(context.notPeople ?? [])].map((n) => foldWord(n.trim())));
  const ignored = new Set([...(context.ignoredNames ?? [])].map((n) => foldWord(n.trim().replace(/\s+/g, ' '))));
  const found: Array<Omit<Finding, 'severity'>> = [];
  const rememberedQuotes = new Map<string, string>();
  const result = (stopped: boolean): CheckResult => ({ findings: finish(found, context), rememberedQuotes, cancelled: stopped });

  if (on('quote-not-found') || on('misquote') || on('wrong-speaker') || on('stale-quote')) {
    for (const quote of findQuotes(draft)) {
      if (cancelled()) return result(true);
      const previous = context.previousQuotes?.get(quote.key);
      const outcome = checkQuote(index, draft, quote, previous);
      // A stale quote is remembered until it matches again or is edited away.
      const source = outcome.matchedSource ?? previous;
      if (source) rememberedQuotes.set(quote.key, source);
      found.push(...outcome.findings);
    }
  }
  if (cancelled()) return result(true);
  if (on('unknown-citation')) found.push(...checkCitations(index, draft, context.extraKeys ?? new Set()));
  if (cancelled()) return result(true);
  if (on('misspelled-name')) found.push(...checkNames(index, draft, ignored, notPeople));
  if (cancelled()) return result(true);
  if (on('uncited-claim')) found.push(...checkClaims(index, draft, notPeople, context.citationStyle ?? 'pandoc'));
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
